using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// An edit that changes nothing binding reads but a statement's own text: it lies inside the plain string that is a
/// statement's text (<c>A says "..."</c>, an outcome's description), at its start, end or anywhere between, and neither the text it
/// replaced nor the text it wrote holds a quote, a backslash or a line break. The literal is then the same token before and
/// after, its symbol keeps the text as a span that moving by the edit makes right, and no other member reads a statement's
/// text, so the binding before, copied into the new tree (<see cref="CopiedFolder"/>), is what binding the new tree gives.
/// </summary>
internal static class StatementTextEdit
{
    /// <summary>How the edit from <paramref name="before"/> to <paramref name="after"/> moves positions, or null when it is not such an edit.</summary>
    public static SpanShift? ShiftOf(SyntaxTree before, SyntaxTree after)
    {
        if (!before.Diagnostics.IsEmpty || !after.Diagnostics.IsEmpty || !after.TryGetRoot(out var root)) return null;
        var change = TextChange.Between(before.Text.Text, after.Text.Text);
        if (ChangesTokens(before.Text.Text, change.Span.Start, change.Span.Length) || ChangesTokens(after.Text.Text, change.Span.Start, change.NewLength)) return null;
        if (root.FindToken(change.Span.Start).Parent is not StringLiteralSyntax literal || !IsStatementText(literal) ||
            !WrittenString.IsPlain(literal, out var content))
            return null;
        return change.Span.Start >= content.Start && change.Span.Start + change.NewLength <= content.End ? SpanShift.Of(change) : null;
    }

    private static bool ChangesTokens(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is '"' or '\\' or '\n' or '\r') return true;
        }

        return false;
    }

    /// <summary>The text of a statement that is a member itself (not reported speech inside one).</summary>
    private static bool IsStatementText(StringLiteralSyntax literal) => literal.Parent switch
    {
        PredicateSyntax predicate => predicate.Content == literal && predicate.Parent is ActorStatementSyntax,
        OutcomeStatementSyntax outcome => outcome.Description == literal,
        _ => false,
    };
}
