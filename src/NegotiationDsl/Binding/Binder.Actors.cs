using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using CitedSource = NegotiationDsl.Model.CitedSource;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>The record header, party and person declarations, and name lookup.</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// The file's record: each part is the first value its headers write, read in order (a string the parser
    /// had to insert is not written). Every publication date is resolved, so each gets its diagnostics.
    /// </summary>
    private RecordSymbol BindHeader(SyntaxTree tree)
    {
        RecordHeaderSyntax? first = null;
        string? title = null, url = null, language = null;
        var sources = ImmutableArray<CitedSource>.Empty;
        DateInterval? published = null;
        foreach (var header in tree.Root.Members.OfType<RecordHeaderSyntax>())
        {
            first ??= header;
            title ??= WrittenText(header.Title);
            sources = sources.AddRange(BindSources(tree, header.Clauses));
            foreach (var written in header.Clauses)
            {
                if (written is not KeywordClauseSyntax clause) continue;
                switch (clause.Kind)
                {
                    case SyntaxKind.UrlClause:
                        url ??= WrittenText(clause.Value);
                        break;
                    case SyntaxKind.LanguageClause:
                        language ??= WrittenText(clause.Value);
                        break;
                    case SyntaxKind.PublishedClause when clause.Value is DateSyntax date:
                        var resolved = ResolveDate(tree, date, anchor: null);
                        published ??= resolved;
                        break;
                }
            }
        }

        return new RecordSymbol(tree.Text, first?.Span, title, sources, url, language, published);
    }

    private static string? WrittenText(ExpressionSyntax? value) => value is StringLiteralSyntax { Token.IsMissing: false } text ? text.Value : null;

    /// <summary>What relative dates outside dated meetings and talks count from: the record's publication date.</summary>
    private static DateAnchor? PublicationAnchor(RecordSymbol record) =>
        record.Published is { } published ? new DateAnchor(published, "the record's publication date ", "") : null;

    /// <summary>
    /// The actor pass: every file's header, then every file's parties and persons (their offices count from the
    /// record's publication date), then the cycle check over party links. Returns each file's record.
    /// </summary>
    private BoundActors BindActors(VisibleActors visible, out ImmutableArray<Diagnostic> diagnostics)
    {
        var records = new Dictionary<SyntaxTree, RecordSymbol>(_scope.Trees.Length);
        foreach (var tree in _scope.Trees) records[tree] = BindHeader(tree);
        foreach (var tree in _scope.Trees) BindActorDeclarations(tree, records[tree]);
        CheckPartyCycles();
        diagnostics = _diagnostics.ToImmutableArray();
        return new BoundActors(records, visible);
    }

    private void BindActorDeclarations(SyntaxTree tree, RecordSymbol record)
    {
        var anchor = PublicationAnchor(record);
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
        party.PartyKind = PartyKinds.FromKeyword(syntax.KindKeyword?.Kind);
        party.DeclaredName = syntax.DisplayName?.Value;
        foreach (var written in syntax.Clauses)
        {
            if (written is not KeywordClauseSyntax clause) continue;
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
        var positionOnPath = new Dictionary<PartySymbol, int>();
        var path = new List<PartySymbol>();
        var nextLinks = new List<int>();
        var cuts = new PartyLinkCuts();
        foreach (var symbol in _scope.Symbols)
        {
            if (symbol is not PartySymbol root || done.Contains(root)) continue;
            path.Add(root);
            nextLinks.Add(0);
            positionOnPath[root] = 0;
            while (path.Count > 0)
            {
                var party = path[path.Count - 1];
                var next = nextLinks[nextLinks.Count - 1];
                // Links 0 .. Members.Length - 1 are the members, the one after them the parent.
                if (next > party.Members.Length)
                {
                    path.RemoveAt(path.Count - 1);
                    nextLinks.RemoveAt(nextLinks.Count - 1);
                    positionOnPath.Remove(party);
                    done.Add(party);
                    continue;
                }

                var isMember = next < party.Members.Length;
                var target = isMember ? party.Members[next] : party.Parent;
                nextLinks[nextLinks.Count - 1] = next + 1;
                if (target is null || done.Contains(target) || (isMember && cuts.IsCut(party, target))) continue;
                if (positionOnPath.TryGetValue(target, out var position))
                {
                    Report(DiagnosticCatalog.PartyBelongsToItself(cuts.Location(party, target, isMember), target.Name, Cycle(path, position)));
                    if (isMember) cuts.Cut(party, target);
                    else party.Parent = null;
                    continue;
                }

                positionOnPath[target] = path.Count;
                path.Add(target);
                nextLinks.Add(0);
            }
        }

        cuts.DropCutMembers();
    }

    /// <summary>"'A' -> 'B' -> 'A'": the cycle from <paramref name="position"/> on the path back to its start, a few links of it if it is long.</summary>
    private static string Cycle(List<PartySymbol> path, int position)
    {
        IEnumerable<string> Names()
        {
            for (var i = position; i < path.Count; i++) yield return path[i].Name;
        }

        return DiagnosticCatalog.ListSome(Names(), path.Count - position, " -> ", quote: "'") + " -> '" + DiagnosticCatalog.Shorten(path[position].Name) + "'";
    }

    /// <summary>
    /// The member links the cycle check cuts, dropped from each party's members once at the end (dropping them one by
    /// one copied the members each time), and where each cut link is written.
    /// </summary>
    private sealed class PartyLinkCuts
    {
        private readonly Dictionary<PartySymbol, HashSet<PartySymbol>> _cutMembers = new();
        private readonly Dictionary<PartySymbol, Dictionary<string, NameSyntax>> _memberNames = new();

        public bool IsCut(PartySymbol party, PartySymbol member) => _cutMembers.TryGetValue(party, out var cut) && cut.Contains(member);

        public void Cut(PartySymbol party, PartySymbol member)
        {
            if (!_cutMembers.TryGetValue(party, out var cut)) _cutMembers[party] = cut = new HashSet<PartySymbol>();
            cut.Add(member);
        }

        public void DropCutMembers()
        {
            foreach (var pair in _cutMembers) pair.Key.Members = pair.Key.Members.RemoveAll(pair.Value.Contains);
        }

        /// <summary>Where <paramref name="from"/>'s declaration names <paramref name="to"/> as a member or as its parent.</summary>
        public Location Location(PartySymbol from, PartySymbol to, bool isMember)
        {
            var clauses = ((PartyDeclarationSyntax)from.Declaration).Clauses;
            if (isMember)
            {
                if (!_memberNames.TryGetValue(from, out var names)) _memberNames[from] = names = MemberNames(clauses);
                return names.TryGetValue(to.Name, out var member) ? At(from.SyntaxTree, member) : from.Location;
            }

            foreach (var clause in clauses)
            {
                if (clause is KeywordClauseSyntax { Kind: SyntaxKind.OfClause, Value: NameSyntax parent } && parent.Identifier.Text == to.Name)
                    return At(from.SyntaxTree, parent);
            }

            return from.Location;
        }

        /// <summary>The first place each name is listed among a party's members.</summary>
        private static Dictionary<string, NameSyntax> MemberNames(SyntaxList<ClauseSyntax> clauses)
        {
            var names = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
            foreach (var clause in clauses)
            {
                if (clause is not KeywordClauseSyntax { Kind: SyntaxKind.MembersClause, Value: NameListSyntax members }) continue;
                foreach (var name in members.Names)
                {
                    if (!names.ContainsKey(name.Identifier.Text)) names[name.Identifier.Text] = name;
                }
            }

            return names;
        }
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
        foreach (var written in office.Clauses)
        {
            if (written is not KeywordClauseSyntax clause) continue;
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
        if (name.Identifier.IsMissing) return null;
        return (ActorSymbol?)Lookup(tree, name, NameKind.Actor);
    }

    /// <summary>Looks a name up in what the file sees, records the reference and the use it came through, and reports what is wrong.</summary>
    private Symbol? Lookup(SyntaxTree tree, NameSyntax name, NameKind kind)
    {
        var symbol = _scope.NamesOf(tree).Resolve(tree, name, kind, Reporter, out var import);
        if (import >= 0) _scope.Tables[tree].UsedImports.Add(import);
        if (symbol is not null) Refer(tree, name, symbol);
        return symbol;
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

    /// <summary>A date of which only the day counts: a time of day written in it is checked, shown, and said not to be kept.</summary>
    private DateInterval? ResolveDate(SyntaxTree tree, DateSyntax syntax, DateAnchor? anchor)
    {
        var resolved = ResolveDateAndTimes(tree, syntax, anchor, zone: null);
        if (syntax is DateTimeSyntax or DateRangeSyntax { Start: DateTimeSyntax } or DateRangeSyntax { End: DateTimeSyntax })
            Report(DiagnosticCatalog.TimeNotKept(At(tree, syntax)));
        return resolved.Interval;
    }

    /// <summary>A date with the times of day written in it; <paramref name="zone"/> is the event's, for a time written without one.</summary>
    private ResolvedDate ResolveDateAndTimes(SyntaxTree tree, DateSyntax syntax, DateAnchor? anchor, DateTimeZone? zone, bool timeNeedsDay = true)
    {
        var resolver = DateResolverOf(tree).Next(timeNeedsDay);
        var interval = resolver.Resolve(syntax, anchor);
        var (start, end) = syntax is DateTimeSyntax or DateRangeSyntax
            ? new TimeResolver(tree.Text, Reporter).Resolve(syntax, resolver.DaysOfTimes, zone)
            : (null, null);
        var resolved = new ResolvedDate(syntax.Span, interval, anchor, start, end);
        _scope.Tables[tree].Dates[TreeBinding.KeyOf(syntax)] = resolved;
        return resolved;
    }

    /// <summary>The resolver of the file's dates: one per file this pass binds, not one per date.</summary>
    private DateResolver DateResolverOf(SyntaxTree tree)
    {
        if (!_dateResolvers.TryGetValue(tree, out var resolver)) _dateResolvers[tree] = resolver = new DateResolver(tree.Text, _scope.NamesOf(tree).Policies, Reporter);
        return resolver;
    }

    /// <summary>A date that cannot be resolved for a reason reported elsewhere: recorded as unresolved, without a word.</summary>
    private DateInterval? LeaveUnresolved(SyntaxTree tree, DateSyntax syntax)
    {
        _scope.Tables[tree].Dates[TreeBinding.KeyOf(syntax)] = new ResolvedDate(syntax.Span, null, null);
        return null;
    }
}
