using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// An edit that changes nothing binding reads but a string a symbol keeps as written (mostly a statement's): it lies inside the content of a
/// plain string literal (at its start, end or anywhere between), and neither the text it replaced nor the text it wrote
/// holds a quote, a backslash or a line break. The literal is then the same token before and after, the symbol
/// keeps the string as a content span that moving by the edit makes right, and nothing else reads it, so the binding
/// before, copied into the new tree (<see cref="CopiedFolder"/>), is what binding the new tree gives. The strings, and
/// why no member, check, settlement or table reads them:
/// <list type="bullet">
/// <item>a statement's text (<c>A says "..."</c>, reported speech's too), an outcome's description, a milestone's title:
/// <c>Binder.Describe</c> and every message name a statement by its kind or label, never by its text;</item>
/// <item>a statement's <c>quote</c>, <c>about</c>, <c>if</c> (condition) and <c>after "..."</c>, and an assessment's
/// target text (<c>calls "..." ...</c>): kept as written, compared with nothing, parsed into nothing;</item>
/// <item>an agreement's title and a meeting's or talks' <c>format "..."</c>: declared strings, but kept as written and
/// read by no declaration, name, check or settlement (an agreement is named by its label or file, a meeting by its place).</item>
/// </list>
/// Not these, which binding reads while it binds (the copy carries the diagnostics it gave then): <c>as "..."</c>
/// (capacity: compared with the person's office titles), <c>source</c> and <c>disputed by</c> (compared for a source named
/// twice, kept decoded in <c>CitedSource</c>), every declaration's string (names, titles, places, codes: a talks' title
/// is its name when it has no label, a meeting's place is compared for clashes, an office's title is what a capacity
/// is compared with; an agreement's title and a format excepted), a header's, a use's path.
/// </summary>
internal static class WrittenStringEdit
{
    /// <summary>How the edit from <paramref name="before"/> to <paramref name="after"/> moves positions, or null when it is not such an edit.</summary>
    public static SpanShift? ShiftOf(SyntaxTree before, SyntaxTree after)
    {
        if (!before.Diagnostics.IsEmpty || !after.Diagnostics.IsEmpty || !after.TryGetRoot(out var root)) return null;
        var change = TextChange.Between(before.Text.Text, after.Text.Text);
        if (ChangesTokens(before.Text.Text, change.Span.Start, change.Span.Length) || ChangesTokens(after.Text.Text, change.Span.Start, change.NewLength)) return null;
        if (root.FindToken(change.Span.Start).Parent is not StringLiteralSyntax literal || !IsKeptAsWritten(literal) ||
            !WrittenString.IsPlain(literal, out var content))
            return null;
        return change.Span.Start >= content.Start && change.Span.Start + change.NewLength <= content.End ? SpanShift.Of(change) : null;
    }

    /// <summary>
    /// Whether the text holds a character the lexer's STRING rule does not take inside a string (a quote, a backslash,
    /// a line break, <c>\u0002</c>): refused here, so that the edit's eligibility does not rest on the tree's diagnostics.
    /// </summary>
    private static bool ChangesTokens(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is '"' or '\\' or '\n' or '\r' or '\u0002') return true;
        }

        return false;
    }

    /// <summary>A string a symbol keeps as written and nothing else reads (the list above).</summary>
    private static bool IsKeptAsWritten(StringLiteralSyntax literal) => literal.Parent switch
    {
        PredicateSyntax predicate => predicate.Content == literal || predicate.Target == literal,
        OutcomeStatementSyntax outcome => outcome.Description == literal,
        MilestoneStatementSyntax milestone => milestone.Title == literal,
        AgreementDeclarationSyntax agreement => agreement.Title == literal,
        KeywordClauseSyntax { Kind: SyntaxKind.FormatClause } format => format.Value == literal && format.Parent is MeetingDeclarationSyntax or TalksDeclarationSyntax,
        KeywordClauseSyntax clause => clause.Value == literal && clause.Parent is StatementSyntax
            && clause.Kind is SyntaxKind.QuoteClause or SyntaxKind.TopicClause or SyntaxKind.ConditionClause or SyntaxKind.AfterClause,
        _ => false,
    };
}
