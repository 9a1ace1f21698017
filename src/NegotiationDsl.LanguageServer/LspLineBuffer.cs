using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Applies the changes of one <c>didChange</c> to a text: the text is held as its LSP lines (<see cref="LspLines"/>),
/// each with its line break, split at a cursor, and a change replaces only the lines it touches. A change then costs
/// the length of those lines and the distance from the previous change, not the whole text: the many changes of one
/// message (several cursors, "replace all") come in document order, one way or the other, so a message costs time
/// linear in its text and its changes. Positions are clamped exactly as <see cref="LspLines.OffsetOf"/> clamps them.
/// </summary>
internal sealed class LspLineBuffer
{
    // Every line but the last ends with its line break. The lines above the cursor are in order, the lines from the
    // cursor down in reverse order, so that moving the cursor or replacing lines at it never shifts the others.
    private readonly List<ReadOnlyMemory<char>> _above = [];
    private readonly List<ReadOnlyMemory<char>> _below = [];

    private LspLineBuffer(string text) => Load(text);

    /// <summary>The text after <paramref name="changes"/>, applied in order (each to the text the one before left).</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var buffer = new LspLineBuffer(text);
        foreach (var change in changes) buffer.Apply(change);
        return buffer.ToString();
    }

    public override string ToString()
    {
        var length = 0;
        foreach (var line in _above) length += line.Length;
        foreach (var line in _below) length += line.Length;
        var text = new StringBuilder(length);
        foreach (var line in _above) text.Append(line.Span);
        for (var i = _below.Count - 1; i >= 0; i--) text.Append(_below[i].Span);
        return text.ToString();
    }

    private int LineCount => _above.Count + _below.Count;

    private void Apply(TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            Load(change.Text ?? "");
            return;
        }

        var start = Clamp(change.Range.Start);
        var end = Clamp(change.Range.End);
        if (end.CompareTo(start) < 0) (start, end) = (end, start);

        MoveTo(start.Line);
        var first = Pop(_below);
        var last = first;
        for (var line = start.Line; line < end.Line; line++) last = Pop(_below);
        var isLastLine = _below.Count == 0;

        // A line that ends with a lone \r joins the change when the change starts the next line: an inserted \n makes \r\n of them.
        var prefix = first[..start.Character];
        if (start.Character == 0 && _above.Count > 0 && LspLines.BreakLength(_above[^1].Span) is 1 && _above[^1].Span[^1] == '\r') prefix = Pop(_above);

        var replaced = string.Concat(prefix.Span, change.Text, last.Span[end.Character..]);
        // Above another line, the replaced text ends with the line break of the last line it replaced.
        AddLines(replaced, withLastLine: isLastLine);
    }

    /// <summary>A position as a line and a character within it, clamped as <see cref="LspLines.OffsetOf"/> clamps it.</summary>
    private (int Line, int Character) Clamp(LspPosition position)
    {
        if (position.Line < 0) return (0, 0);
        if (position.Line >= LineCount) return (LineCount - 1, LineAt(LineCount - 1).Length);
        var line = LineAt(position.Line);
        return (position.Line, Math.Clamp(position.Character, 0, line.Length - LspLines.BreakLength(line.Span)));
    }

    private ReadOnlyMemory<char> LineAt(int line) => line < _above.Count ? _above[line] : _below[_below.Count - 1 - (line - _above.Count)];

    private void MoveTo(int line)
    {
        while (_above.Count > line) _below.Add(Pop(_above));
        while (_above.Count < line) _above.Add(Pop(_below));
    }

    private void Load(string text)
    {
        _above.Clear();
        _below.Clear();
        AddLines(text, withLastLine: true);
    }

    /// <summary>Adds the lines of <paramref name="text"/> above the cursor; what follows its last line break only when it is the document's last line.</summary>
    private void AddLines(string text, bool withLastLine)
    {
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var breakLength = LspLines.BreakLengthAt(text, i);
            if (breakLength == 0) continue;
            _above.Add(text.AsMemory(lineStart, i + breakLength - lineStart));
            lineStart = i + breakLength;
            i = lineStart - 1;
        }

        Debug.Assert(withLastLine || lineStart == text.Length);
        if (withLastLine) _above.Add(text.AsMemory(lineStart));
    }

    private static ReadOnlyMemory<char> Pop(List<ReadOnlyMemory<char>> lines)
    {
        var line = lines[^1];
        lines.RemoveAt(lines.Count - 1);
        return line;
    }
}
