using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Lines as LSP counts them: ended by \n, \r\n or \r, and nothing else. The language also ends a line at U+2028
/// and U+2029 (its diagnostics count them so), but an editor does not: with SourceText's own line map, an edit or
/// a position after such a character landed on the wrong line. So every position the server receives or sends is
/// converted here. Made once per text and kept with it; an edited text's from those of the text it was edited from.
/// </summary>
internal sealed class LspLines
{
    private static readonly ConditionalWeakTable<SourceText, LspLines> ByText = new();
    private readonly string _text;
    private readonly int[] _starts;

    private LspLines(string text, int[] starts)
    {
        _text = text;
        _starts = starts;
    }

    public static LspLines Of(SourceText text) => ByText.GetValue(text, static text => new LspLines(text.Text, LineStarts.Of(text.Text, unicodeBreaks: false)));

    /// <summary>
    /// <paramref name="text"/> after the <paramref name="changes"/> of one <c>didChange</c>, at its path. One change with a
    /// range (a keystroke) is a single replacement at the offsets these lines give, whose new text makes its lines from the
    /// old one's (<see cref="Edit"/>); any other message goes through <see cref="LspLineBuffer"/> and makes its text afresh.
    /// </summary>
    public static SourceText Changed(SourceText text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (changes is not [{ Range: { } range } change]) return SourceText.From(LspLineBuffer.Apply(text.Text, changes), text.FilePath);
        var lines = Of(text);
        var start = lines.OffsetOf(range.Start);
        var end = lines.OffsetOf(range.End);
        return Edit(text, TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end)), change.Text ?? "");
    }

    /// <summary>
    /// <paramref name="before"/> with <paramref name="replaced"/> replaced by <paramref name="inserted"/>, and its lines
    /// made from <paramref name="before"/>'s (<see cref="LineStarts.Changed"/>) and kept with it.
    /// </summary>
    public static SourceText Edit(SourceText before, TextSpan replaced, string inserted)
    {
        var edited = before.WithChange(replaced, inserted);
        var text = edited.Text;
        ByText.AddOrUpdate(edited, new LspLines(text, LineStarts.Changed(Of(before)._starts, text, replaced, inserted.Length, unicodeBreaks: false)));
        return edited;
    }

    public int LineCount => _starts.Length;

    /// <summary>The offset of a position, clamped into the text (editors may send stale positions): before the first line is the start, after the last the end, past a line's end that end.</summary>
    public int OffsetOf(LspPosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Length) return _text.Length;
        var line = LineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    public LspPosition PositionOf(int offset)
    {
        var line = LineOf(offset);
        return new LspPosition(line, offset - _starts[line]);
    }

    public LspRange RangeOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_starts, Math.Clamp(offset, 0, _text.Length));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line's text without its line break.</summary>
    public TextSpan LineSpan(int line)
    {
        var start = _starts[line];
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
        return TextSpan.FromBounds(start, end - BreakLength(_text.AsSpan(start, end - start)));
    }

    /// <summary>The length of the line break that starts at <paramref name="index"/>: 2 for \r\n, 1 for \n or another \r, else 0.</summary>
    public static int BreakLengthAt(string text, int index) => text[index] switch
    {
        '\n' => 1,
        '\r' => index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1,
        _ => 0,
    };

    /// <summary>The length of the line break that ends a line (with its break, as split by <see cref="BreakLengthAt"/>).</summary>
    public static int BreakLength(ReadOnlySpan<char> line) =>
        line.EndsWith("\r\n") ? 2 : line.Length > 0 && line[^1] is '\n' or '\r' ? 1 : 0;
}
