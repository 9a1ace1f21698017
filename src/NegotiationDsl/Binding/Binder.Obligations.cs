using NegotiationDsl.Dates;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The period of a maintenance obligation or prohibition (<c>from</c>, <c>until</c>): only they have one, and
/// they have no deadline. Their violations are checked with the other commitment events (<see cref="CompilationChecks"/>).
/// </summary>
internal sealed partial class Binder
{
    private void CheckPeriod(SyntaxTree tree, StatementSyntax syntax, StatementSymbol symbol)
    {
        var lasting = symbol.HasPeriod;
        KeywordClauseSyntax? from = null;
        KeywordClauseSyntax? until = null;
        foreach (var item in syntax.Clauses)
        {
            if (item is not KeywordClauseSyntax clause) continue;
            switch (clause.Kind)
            {
                case SyntaxKind.DeadlineClause when lasting:
                    Report(DiagnosticCatalog.DeadlineOnLastingObligation(At(tree, clause), Obligations.Describe((symbol.Reported ?? symbol).Obligation)));
                    break;
                // `until` is also the new end an extension or renewal gives an agreement (section 16).
                case SyntaxKind.UntilClause when MovesTheEnd(symbol.StatementKind):
                    break;
                case SyntaxKind.FromClause or SyntaxKind.UntilClause when !lasting:
                    var found = symbol is CommitmentSymbol ? "this commitment is an achievement (a deliverable)" : "this is " + Describe(symbol);
                    Report(DiagnosticCatalog.PeriodWithoutLastingObligation(At(tree, clause), clause.Keyword?.Text ?? "from", found));
                    break;
                case SyntaxKind.FromClause:
                    from = clause;
                    break;
                case SyntaxKind.UntilClause:
                    until = clause;
                    break;
            }
        }

        var start = from is null ? symbol.Date : symbol.From;
        if (lasting && until is not null && symbol.Until is { } end && start is { } begins && end.IsBefore(begins) == Truth.True)
            Report(DiagnosticCatalog.PeriodEndsBeforeStart(At(tree, until), end.ToString(), begins.ToString()));
    }

}
