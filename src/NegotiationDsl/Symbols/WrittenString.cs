using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Symbols;

/// <summary>
/// A string literal's value as a symbol keeps it: for a literal without escapes, whose value is the text between its
/// quotes, only where that text is in the source (which the compilation holds anyway); else the decoded string. A
/// finished compilation holds tens of thousands of these, and a string cost about a hundred bytes each.
/// </summary>
internal static class WrittenString
{
    /// <summary>Where the literal's value is in the source, when it is the text between the quotes (no escapes).</summary>
    /// <remarks>A plain literal's content starts after its opening quote, so never at 0: holders may use the default span for "none".</remarks>
    public static bool IsPlain(StringLiteralSyntax literal, out TextSpan content)
    {
        content = literal.Token.QuotedContent is { } plain ? new TextSpan(literal.Token.Position + 1, plain.Length) : default;
        return content.Start != 0;
    }

    /// <summary>The value as a rare part (<see cref="RareParts"/>): the span boxed, or the decoded string.</summary>
    public static object PartOf(StringLiteralSyntax literal) => IsPlain(literal, out var content) ? content : literal.Value;

    /// <summary>The value of a part <see cref="PartOf"/> made.</summary>
    public static string? FromPart(object? part, SourceText text) => part is TextSpan content ? text.ToString(content) : (string?)part;
}
