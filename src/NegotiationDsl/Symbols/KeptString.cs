using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Symbols;

/// <summary>
/// A string a declaration keeps as <see cref="WrittenString"/> does, typed rather than boxed: where a plain literal's
/// value is in the source, else the decoded string (or null for none).
/// </summary>
internal readonly struct KeptString
{
    private readonly TextSpan _content;
    private readonly string? _value;

    private KeptString(TextSpan content, string? value)
    {
        _content = content;
        _value = value;
    }

    public static KeptString Of(StringLiteralSyntax literal) =>
        WrittenString.IsPlain(literal, out var content) ? new KeptString(content, null) : new KeptString(default, literal.Value);

    public static KeptString Of(string? value) => new(default, value);

    public string? In(SourceText text) => _content.Start != 0 ? text.ToString(_content) : _value;

    /// <summary>The string in a copy whose text <paramref name="shift"/> edited: a span moved as a string's content.</summary>
    public KeptString MovedBy(SpanShift shift) => _content.Start != 0 ? new KeptString(shift.MoveContent(_content), null) : this;
}
