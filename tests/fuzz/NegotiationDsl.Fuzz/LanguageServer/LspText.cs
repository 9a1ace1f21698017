using System;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Positions in a document as LSP defines them (3.17): zero-based lines that end at \n, \r\n or \r, and characters
/// counted in UTF-16 units. Written for the client model, apart from the server's own line map.
/// </summary>
internal static class LspText
{
    public readonly record struct Position(int Line, int Character);

    public readonly record struct Range(Position Start, Position End);

    /// <summary>The text with <paramref name="range"/> (clamped into the text; an end before the start swapped) replaced.</summary>
    public static string Replace(string text, Range range, string newText)
    {
        var start = Offset(text, range.Start);
        var end = Offset(text, range.End);
        if (end < start) (start, end) = (end, start);
        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }

    /// <summary>The offset of a position: a line before the first is the start, one after the last the end, a character past its line's end that end.</summary>
    public static int Offset(string text, Position position)
    {
        if (position.Line < 0) return 0;
        var lineStart = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = NextLineStart(text, lineStart);
            if (next < 0) return text.Length;
            lineStart = next;
        }

        var lineEnd = LineContentEnd(text, lineStart);
        return lineStart + Math.Clamp(position.Character, 0, lineEnd - lineStart);
    }

    /// <summary>How many lines the text has (an empty text, or one ending in a line break, has an empty last line).</summary>
    public static int LineCount(string text)
    {
        var count = 1;
        for (var start = NextLineStart(text, 0); start >= 0; start = NextLineStart(text, start)) count++;
        return count;
    }

    /// <summary>The length of each line, without its line break.</summary>
    public static int[] LineLengths(string text)
    {
        var lengths = new int[LineCount(text)];
        var start = 0;
        for (var line = 0; line < lengths.Length; line++)
        {
            lengths[line] = LineContentEnd(text, start) - start;
            start = NextLineStart(text, start);
        }

        return lengths;
    }

    private static int LineContentEnd(string text, int lineStart)
    {
        var end = lineStart;
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        return end;
    }

    /// <summary>Where the line after the one starting at <paramref name="lineStart"/> starts, or -1 when this is the last.</summary>
    private static int NextLineStart(string text, int lineStart)
    {
        var end = LineContentEnd(text, lineStart);
        if (end == text.Length) return -1;
        return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }
}
