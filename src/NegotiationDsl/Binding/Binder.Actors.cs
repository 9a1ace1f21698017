using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;

namespace NegotiationDsl.Binding;

/// <summary>The record header, party and person declarations, and name lookup.</summary>
internal sealed partial class Binder
{
    private void BindHeader(SyntaxTree tree)
    {
        DateAnchor? anchor = null;
        foreach (var header in tree.Root.Members.OfType<RecordHeaderSyntax>())
        {
            foreach (var clause in header.Clauses.OfType<KeywordClauseSyntax>())
            {
                if (clause.Kind != SyntaxKind.PublishedClause || clause.Value is not DateSyntax date) continue;
                var published = ResolveDate(tree, date, anchor: null);
                if (anchor is null && published is { } interval)
                    anchor = new DateAnchor(interval, "the record's publication date ", "");
            }
        }

        _publicationAnchors[tree] = anchor;
    }

    private void BindActorDeclarations(SyntaxTree tree)
    {
        var anchor = _publicationAnchors[tree];
        foreach (var member in tree.Root.Members)
        {
            if (member is PartyDeclarationSyntax partySyntax && Declared(tree, partySyntax) is { } party)
                BindParty(tree, partySyntax, (PartySymbol)party);
            else if (member is PersonDeclarationSyntax personSyntax && Declared(tree, personSyntax) is { } person)
                BindPerson(tree, personSyntax, (PersonSymbol)person, anchor);
        }
    }

    private void BindParty(SyntaxTree tree, PartyDeclarationSyntax syntax, PartySymbol party)
    {
        party.PartyKind = syntax.KindKeyword?.Kind switch
        {
            SyntaxKind.StateKeyword => PartyKind.State,
            SyntaxKind.AllianceKeyword => PartyKind.Alliance,
            SyntaxKind.OrganisationKeyword => PartyKind.Organisation,
            SyntaxKind.BlocKeyword => PartyKind.Bloc,
            SyntaxKind.BodyKeyword => PartyKind.Body,
            _ => PartyKind.Unspecified,
        };
        party.DeclaredName = syntax.DisplayName?.Value;
        foreach (var clause in syntax.Clauses.OfType<KeywordClauseSyntax>())
        {
            switch (clause.Kind)
            {
                case SyntaxKind.AliasClause when clause.Value is StringListSyntax aliases:
                    party.Aliases = party.Aliases.AddRange(aliases.Strings.Select(alias => alias.Value));
                    break;
                case SyntaxKind.CodeClause when clause.Value is StringLiteralSyntax code:
                    party.Code = code.Value;
                    break;
                case SyntaxKind.MembersClause when clause.Value is NameListSyntax members:
                    party.Members = members.Names.Select(name => LookupParty(tree, name, "a member of a bloc")).OfType<PartySymbol>().ToImmutableArray();
                    break;
                case SyntaxKind.OfClause when clause.Value is NameSyntax parent:
                    party.Parent = LookupParty(tree, parent, "the party a body belongs to");
                    break;
            }
        }
    }

    /// <summary>
    /// A party's members and its parent are links the model is built along (a member or parent exists before the
    /// party that names it), so they must form no cycle: <c>party A of B; party B of A;</c>, <c>party A members A;</c>,
    /// or <c>party EU members France; party France of EU;</c>. Each cycle is reported once (NEG2013), at the link
    /// that closes it in declaration order, and that link is dropped: everything that walks from a party to the
    /// parties it belongs to, or the emitter ordering parties, may then rely on reaching an end.
    /// </summary>
    private void CheckPartyCycles()
    {
        // Depth-first, with a stack of our own: a chain of 100,000 'of' clauses must not overflow the thread's.
        // Two lists rather than one of tuples: generic code over our structs is JIT-compiled at every cold start.
        var done = new HashSet<PartySymbol>();
        var onPath = new HashSet<PartySymbol>();
        var path = new List<PartySymbol>();
        var nextLinks = new List<int>();
        foreach (var symbol in _symbols)
        {
            if (symbol is not PartySymbol root || done.Contains(root)) continue;
            path.Add(root);
            nextLinks.Add(0);
            onPath.Add(root);
            while (path.Count > 0)
            {
                var party = path[path.Count - 1];
                var next = nextLinks[nextLinks.Count - 1];
                // Links 0 .. Members.Length - 1 are the members, the one after them the parent.
                if (next > party.Members.Length)
                {
                    path.RemoveAt(path.Count - 1);
                    nextLinks.RemoveAt(nextLinks.Count - 1);
                    onPath.Remove(party);
                    done.Add(party);
                    continue;
                }

                var isMember = next < party.Members.Length;
                var target = isMember ? party.Members[next] : party.Parent;
                // A cut member shrinks the array: the link that followed it is then at the same index.
                nextLinks[nextLinks.Count - 1] = next + 1;
                if (target is null || done.Contains(target)) continue;
                if (onPath.Contains(target))
                {
                    Cut(path, party, target, isMember);
                    if (isMember) nextLinks[nextLinks.Count - 1] = next;
                    continue;
                }

                path.Add(target);
                nextLinks.Add(0);
                onPath.Add(target);
            }
        }
    }

    private void Cut(List<PartySymbol> path, PartySymbol from, PartySymbol to, bool isMember)
    {
        var cycle = path.Skip(path.IndexOf(to)).Append(to).Select(party => "'" + party.Name + "'");
        Report(DiagnosticCatalog.PartyBelongsToItself(LinkLocation(from, to, isMember), to.Name, string.Join(" -> ", cycle)));
        if (isMember) from.Members = from.Members.RemoveAll(member => member == to);
        else from.Parent = null;
    }

    /// <summary>Where <paramref name="from"/>'s declaration names <paramref name="to"/> as a member or as its parent (found again only for a cycle).</summary>
    private static Location LinkLocation(PartySymbol from, PartySymbol to, bool isMember)
    {
        var kind = isMember ? SyntaxKind.MembersClause : SyntaxKind.OfClause;
        foreach (var clause in ((PartyDeclarationSyntax)from.Declaration).Clauses)
        {
            if (clause is not KeywordClauseSyntax keywordClause || keywordClause.Kind != kind) continue;
            if (keywordClause.Value is NameSyntax parent && parent.Identifier.Text == to.Name) return At(from.SyntaxTree, parent);
            if (keywordClause.Value is not NameListSyntax members) continue;
            foreach (var name in members.Names)
            {
                if (name.Identifier.Text == to.Name) return At(from.SyntaxTree, name);
            }
        }

        return from.Location;
    }

    private void BindPerson(SyntaxTree tree, PersonDeclarationSyntax syntax, PersonSymbol person, DateAnchor? anchor)
    {
        person.FullName = syntax.FullName?.Value;
        var offices = ImmutableArray.CreateBuilder<OfficeTerm>();
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case OfficeClauseSyntax office:
                    offices.Add(BindOffice(tree, office, anchor));
                    break;
                case KeywordClauseSyntax { Kind: SyntaxKind.OfClause, Value: NameSyntax affiliation }:
                    person.Affiliation = LookupParty(tree, affiliation, "a person's affiliation");
                    break;
                case KeywordClauseSyntax { Kind: SyntaxKind.AliasClause, Value: StringListSyntax aliases }:
                    person.Aliases = person.Aliases.AddRange(aliases.Strings.Select(alias => alias.Value));
                    break;
                case KeywordClauseSyntax { Kind: SyntaxKind.CodeClause, Value: StringLiteralSyntax code }:
                    person.Code = code.Value;
                    break;
            }
        }

        person.Offices = offices.ToImmutable();
        person.Affiliation ??= person.Offices.Select(office => office.Party).FirstOrDefault(party => party is not null);
    }

    private OfficeTerm BindOffice(SyntaxTree tree, OfficeClauseSyntax office, DateAnchor? anchor)
    {
        PartySymbol? party = null;
        DateInterval? from = null;
        DateInterval? until = null;
        foreach (var clause in office.Clauses.OfType<KeywordClauseSyntax>())
        {
            if (clause.Kind == SyntaxKind.OfClause && clause.Value is NameSyntax name) party = LookupParty(tree, name, "the party of an office");
            else if (clause.Kind == SyntaxKind.FromClause && clause.Value is DateSyntax start) from = ResolveDate(tree, start, anchor);
            else if (clause.Kind == SyntaxKind.UntilClause && clause.Value is DateSyntax end) until = ResolveDate(tree, end, anchor);
        }

        if (from is { } first && until is { } last && last.End < first.Start)
            Report(DiagnosticCatalog.ReversedRange(At(tree, office), first.ToString(), last.ToString()));
        return new OfficeTerm(office.Title.Value, party, from, until);
    }

    // ---- Name lookup ----------------------------------------------------------------------------

    private ActorSymbol? LookupActor(SyntaxTree tree, NameSyntax name)
    {
        var identifier = name.Identifier;
        if (identifier.IsMissing) return null;
        if (_actors.TryGetValue(identifier.Text, out var actor))
        {
            Refer(tree, name, actor);
            return actor;
        }

        Report(DiagnosticCatalog.UnknownName(At(tree, identifier), identifier.Text, Suggest(identifier.Text, _actors.Keys)));
        return null;
    }

    private PartySymbol? LookupParty(SyntaxTree tree, NameSyntax name, string role)
    {
        var actor = LookupActor(tree, name);
        if (actor is PersonSymbol) Report(DiagnosticCatalog.PersonWherePartyNeeded(At(tree, name), actor.Name, role));
        return actor as PartySymbol;
    }

    private PersonSymbol? LookupPerson(SyntaxTree tree, NameSyntax name, string role)
    {
        var actor = LookupActor(tree, name);
        if (actor is PartySymbol) Report(DiagnosticCatalog.PartyWherePersonNeeded(At(tree, name), actor.Name, role));
        return actor as PersonSymbol;
    }

    private ImmutableArray<ActorSymbol> LookupActors(SyntaxTree tree, NameListSyntax names)
    {
        if (names.Names.Count == 1) return LookupActor(tree, names.Names[0]) is { } only ? only.AsList : ImmutableArray<ActorSymbol>.Empty;

        // Sized for every name, so the usual case (all names resolve) needs no second copy.
        var actors = ImmutableArray.CreateBuilder<ActorSymbol>(names.Names.Count);
        foreach (var name in names.Names)
        {
            if (LookupActor(tree, name) is { } actor) actors.Add(actor);
        }

        return actors.DrainToImmutable();
    }

    /// <summary>The closest declared name, if one is close enough to be a likely typo.</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, name.Length / 3);
        foreach (var candidate in candidates.OrderBy(candidate => candidate, StringComparer.Ordinal))
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : EditDistance.Compute(candidate.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private DateInterval? ResolveDate(SyntaxTree tree, DateSyntax syntax, DateAnchor? anchor)
    {
        var resolver = new DateResolver(tree.Text, _policies, Report);
        var interval = resolver.Resolve(syntax, anchor);
        _byTree[tree].Dates[TreeBinding.KeyOf(syntax)] = new ResolvedDate(syntax.Span, interval, anchor);
        return interval;
    }

    /// <summary>A date that cannot be resolved for a reason reported elsewhere: recorded as unresolved, without a word.</summary>
    private DateInterval? LeaveUnresolved(SyntaxTree tree, DateSyntax syntax)
    {
        _byTree[tree].Dates[TreeBinding.KeyOf(syntax)] = new ResolvedDate(syntax.Span, null, null);
        return null;
    }
}
