using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// Agreements as documents: the declaration (kind, stage, term), the statements that write its life (signs, enters into
/// force, extends, ...) and the commitments that are its provisions (<c>under</c> it). What needs every event in date
/// order, whichever folder writes it, is checked when the archive settles them (<see cref="AgreementSettlement"/>).
/// </summary>
internal sealed partial class Binder
{
    private void BindAgreement(SyntaxTree tree, AgreementDeclarationSyntax syntax, AgreementSymbol agreement)
    {
        if (syntax.Title is { } title && !title.Token.IsMissing) agreement.SetTitle(title);
        foreach (var written in syntax.Clauses)
        {
            if (written is not KeywordClauseSyntax clause) continue;
            switch (clause.Kind)
            {
                case SyntaxKind.KindClause when clause.Value is NameSyntax { Identifier.IsMissing: false } kind:
                    agreement.DocumentKind = AgreementTables.FindKind(kind.Identifier.Text);
                    if (agreement.DocumentKind is null)
                        Report(DiagnosticCatalog.UnknownDocumentKind(At(tree, kind), kind.Identifier.Text, Suggest(AgreementTables.Kinds, kind.Identifier.Text), NamesOf(AgreementTables.Kinds)));
                    break;
                case SyntaxKind.StageClause when clause.Value is NameSyntax { Identifier.IsMissing: false } stage:
                    agreement.Stage = AgreementTables.FindStage(stage.Identifier.Text);
                    if (agreement.Stage is null)
                        Report(DiagnosticCatalog.UnknownAgreementStage(At(tree, stage), stage.Identifier.Text, Suggest(AgreementTables.Stages, stage.Identifier.Text), NamesOf(AgreementTables.Stages)));
                    break;
                case SyntaxKind.TermClause when clause.Value is CalendarDurationSyntax term:
                    agreement.Term = LengthOf(tree, term);
                    break;
                case SyntaxKind.SourceClause when clause.Value is StringLiteralSyntax source:
                    agreement.Source = source.Value;
                    break;
            }
        }
    }

    private static string? Suggest(ImmutableArray<AgreementTerm> table, string name) =>
        new NameSuggestions(() => table.Select(term => term.Name)).Suggest(name);

    private static string NamesOf(ImmutableArray<AgreementTerm> table) => string.Join(", ", table.Select(term => term.Name));

    /// <summary>A whole number of days, weeks, months or years (<c>10 years</c>), or null (reported) when the number is not whole.</summary>
    private CalendarLength? LengthOf(SyntaxTree tree, CalendarDurationSyntax syntax)
    {
        if (syntax.NumberToken.IsMissing || syntax.UnitKeyword.IsMissing) return null;
        var unit = CalendarLength.UnitOf(syntax.UnitKeyword.Kind);
        if (int.TryParse(syntax.NumberToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return new CalendarLength(count, unit);
        Report(DiagnosticCatalog.NotAWholeNumber(At(tree, syntax.NumberToken), syntax.NumberToken.Text, CalendarLength.UnitName(unit, 2)));
        return null;
    }

    /// <summary>The agreement a statement's verb names (<c>signs new_start</c>), or its subject (<c>new_start enters into force</c>).</summary>
    private void BindAgreementEvent(SyntaxTree tree, StatementSymbol symbol, NameSyntax name)
    {
        // An actor here (`USA enters into force`) is named as what it is, not as an unknown label.
        if (name.Identifier.IsMissing || LookupLabelOrActor(tree, name) is not { } found) return;
        if (found is not AgreementSymbol agreement)
        {
            Report(DiagnosticCatalog.WrongKindOfReference(At(tree, name), name.Identifier.Text, Describe(found), "only an agreement " + Happened(symbol.StatementKind)));
            return;
        }

        symbol.Agreement = agreement;
        _events.Add(SettlementSite.Of(symbol, agreement, tree, name));
    }

    /// <summary><c>under new_start</c>: the commitment is a provision of the agreement.</summary>
    private void BindUnder(SyntaxTree tree, StatementSymbol symbol, KeywordClauseSyntax clause, NameSyntax name)
    {
        if (name.Identifier.IsMissing || Lookup(tree, name, NameKind.Label) is not { } found) return;
        if (found is not AgreementSymbol agreement)
        {
            Report(DiagnosticCatalog.WrongKindOfReference(At(tree, name), name.Identifier.Text, Describe(found), "only an agreement has provisions"));
            return;
        }

        if (symbol is not CommitmentSymbol)
        {
            Report(DiagnosticCatalog.UnderNeedsCommitment(At(tree, clause), agreement.Name, "a " + Verbs.Of(symbol.StatementKind).Name));
            return;
        }

        symbol.Under = agreement;
        _events.Add(SettlementSite.Of(symbol, agreement, tree, name));
    }

    private void BindFor(SyntaxTree tree, StatementSymbol symbol, ExpressionSyntax value)
    {
        switch (value)
        {
            case NameListSyntax parties:
                symbol.For = LookupActors(tree, parties);
                break;
            case CalendarDurationSyntax length:
                symbol.Length = LengthOf(tree, length);
                break;
        }
    }

    /// <summary>The checks one statement about an agreement allows on its own: who acted, in what office, for whom, and which clauses mean something.</summary>
    private void CheckAgreementStatement(SyntaxTree tree, ActorStatementSyntax syntax, StatementSymbol symbol)
    {
        var kind = symbol.StatementKind;
        foreach (var written in syntax.Clauses)
        {
            if (written is not KeywordClauseSyntax clause) continue;
            var meaning = clause.Kind switch
            {
                SyntaxKind.ForClause when clause.Value is NameListSyntax && !ActsForParties(kind) => "names the parties a signatory, witness, guarantor or ratifier acts for",
                SyntaxKind.ForClause when clause.Value is CalendarDurationSyntax && !MovesTheEnd(kind) => "is the length of an extension or renewal",
                _ => null,
            };
            if (meaning is not null)
                Report(DiagnosticCatalog.ClauseNotForVerb(At(tree, clause), DiagnosticCatalog.Shorten(clause.ToString().Trim()), meaning, "a " + Verbs.Of(kind).Name));
        }

        if (symbol.Agreement is not { } agreement) return;
        if (symbol.Date is not { } date)
        {
            Report(DiagnosticCatalog.AgreementEventWithoutDate(At(tree, syntax.Predicate), agreement.Name, Happened(kind)));
            return;
        }

        if (kind == StatementKind.Extension && symbol.Length is null && symbol.Until is null)
            Report(DiagnosticCatalog.ExtensionWithoutLength(At(tree, syntax.Predicate), agreement.Name, ""));
        if (!ActsForParties(kind)) return;
        foreach (var name in syntax.Actors.Names)
        {
            if (!_scope.Tables[tree].References.TryGetValue(TreeBinding.KeyOf(name), out var actor) || actor is not PersonSymbol person) continue;
            if (!person.Offices.IsEmpty && Actors.OfficeCalendarOf(person).HeldNoneDuring(date))
            {
                var offices = DiagnosticCatalog.ListSome(
                    person.Offices.Select(office => $"{office.Title} {office.From?.ToString() ?? "?"}..{office.Until?.ToString() ?? ""}"), person.Offices.Length);
                Report(DiagnosticCatalog.SignatoryNotInOffice(At(tree, name), person.Name, date.ToString(), Verbs.Of(kind).Plural, agreement.Name, offices));
            }

            CheckRepresents(tree, name, person, symbol, date, agreement);
        }
    }

    /// <summary>A person acts for the party of their affiliation or of an office they may hold that day, or a party within or around one of those.</summary>
    private void CheckRepresents(SyntaxTree tree, NameSyntax name, PersonSymbol person, StatementSymbol symbol, DateInterval date, AgreementSymbol agreement)
    {
        var representation = new Representation(person, date, Actors.PartyTree.Value, symbol.For.Length);
        foreach (var party in symbol.For)
        {
            if (party is PartySymbol forParty && !representation.Represents(forParty))
                Report(DiagnosticCatalog.ActsForUnrepresentedParty(At(tree, name), person.Name, Verbs.Of(symbol.StatementKind).Singular, agreement.Name, party.Name,
                    NamesOf(representation.Parties), date.ToString()));
        }
    }

    private static bool ActsForParties(StatementKind kind) =>
        kind is StatementKind.Signing or StatementKind.Witnessing or StatementKind.Guarantee or StatementKind.Ratification or StatementKind.Adoption;

    private static bool MovesTheEnd(StatementKind kind) => kind is StatementKind.Extension or StatementKind.Renewal;

    /// <summary>What happened to an agreement, for messages: <c>is signed</c>, <c>enters into force</c>.</summary>
    internal static string Happened(StatementKind kind) => kind switch
    {
        StatementKind.Signing => "is signed",
        StatementKind.Witnessing => "is witnessed",
        StatementKind.Guarantee => "is guaranteed",
        StatementKind.Adoption => "is adopted",
        StatementKind.Ratification => "is ratified",
        StatementKind.EntryIntoForce => "enters into force",
        StatementKind.Extension => "is extended",
        StatementKind.Renewal => "is renewed",
        StatementKind.Suspension => "is suspended",
        StatementKind.Resumption => "resumes",
        StatementKind.Termination => "is terminated",
        _ => "is the object of a " + Verbs.Of(kind).Name,
    };
}
