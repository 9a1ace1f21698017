using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Binding;

/// <summary>
/// Milestones: a day that is nobody's obligation, given by <c>on DATE</c> or counted from what it comes after
/// (<c>after endorsement in 90 days</c>), and the statements that record it happened or not. What needs every record in
/// date order, whichever folder writes it, is checked when the archive settles them (<see cref="CommitmentSettlement"/>).
/// </summary>
internal sealed partial class Binder
{
    /// <summary>
    /// The milestone's day replaces the date the statement would take from its meeting: its <c>on</c> date, else the
    /// deadline its offset resolved to (the last day of <c>within N days</c>, which counts up to it), else none.
    /// </summary>
    private void BindMilestoneDay(SyntaxTree tree, MilestoneStatementSyntax syntax, MilestoneSymbol milestone, KeywordClauseSyntax? on)
    {
        var offset = FindClause(syntax.Clauses, SyntaxKind.DeadlineClause);
        var counted = milestone.Deadline;
        if (counted is { } interval && offset?.Value is OffsetDateSyntax { Keyword.Kind: SyntaxKind.WithinKeyword }) counted = DateInterval.Day(interval.End);
        milestone.Deadline = null;
        if (on is not null)
        {
            if (offset is not null) Report(DiagnosticCatalog.MilestoneWithTwoDays(At(tree, offset), milestone.Name, DiagnosticCatalog.Shorten(offset.ToString().Trim())));
            return;
        }

        // An offset that cannot be resolved is reported where it is written (NEG3003).
        milestone.Date = counted;
        if (offset is null) Report(DiagnosticCatalog.MilestoneWithoutDay(At(tree, (SyntaxElement?)syntax.Label?.Identifier ?? syntax.MilestoneKeyword), milestone.Name));
    }

    /// <summary>The milestone a statement records (<c>adoption_day happens</c>): its subject.</summary>
    private void BindMilestoneRecord(SyntaxTree tree, ActorStatementSyntax syntax, StatementSymbol symbol)
    {
        var names = syntax.Actors.Names;
        if (names.Count > 1)
            Report(DiagnosticCatalog.MilestoneRecordOfSeveral(At(tree, syntax.Actors), string.Join(", ", names.Select(name => name.Identifier.Text))));
        var name = names[0];
        if (name.Identifier.IsMissing || LookupLabelOrActor(tree, name) is not { } found) return;
        if (found is not MilestoneSymbol milestone)
        {
            Report(DiagnosticCatalog.WrongKindOfReference(At(tree, name), name.Identifier.Text, Describe(found), "only a milestone " + Verbs.Of(symbol.StatementKind).Singular));
            return;
        }

        symbol.References = [milestone];
        _events.Add(SettlementSite.Of(symbol, milestone, tree, name));
        if (symbol.Date is null)
            Report(DiagnosticCatalog.MilestoneRecordWithoutDate(At(tree, syntax.Predicate), milestone.Name, Verbs.Of(symbol.StatementKind).Singular));
    }

    /// <summary>A milestone counted from a statement is settled with it, so that what became of that statement can be checked.</summary>
    private void CountMilestoneFrom(SyntaxTree tree, StatementSymbol symbol, NameSyntax name)
    {
        if (symbol is MilestoneSymbol milestone && milestone.AfterSymbol is StatementSymbol) _events.Add(SettlementSite.Of(milestone, milestone, tree, name));
    }
}
