using System;
using System.Collections.Generic;

namespace NegotiationDsl.Text;

/// <summary>
/// Where the lines of a text start: after each \r\n, lone \r and \n, and when <c>unicodeBreaks</c>, after each U+2028
/// and U+2029 too (the language counts those, an LSP editor does not). The starts of an edited text are made from those
/// of the text before: the lines before the edit are kept, those after it move by its change in length, and only the
/// edited text and the characters either side of it are read, so an edit costs a copy of the starts, not a scan of the text.
/// </summary>
internal static class LineStarts
{
    public static int[] Of(string text, bool unicodeBreaks)
    {
        var starts = new List<int> { 0 };
        Scan(text, 0, text.Length, unicodeBreaks, starts);
        return [.. starts];
    }

    /// <summary>
    /// The starts of <paramref name="edited"/>, which is the text of <paramref name="before"/> with <paramref name="replaced"/>
    /// replaced by <paramref name="insertedLength"/> characters.
    /// </summary>
    public static int[] Changed(int[] before, string edited, TextSpan replaced, int insertedLength, bool unicodeBreaks)
    {
        // A start right at the edit may go: a \r before it becomes \r\n when a \n is typed after it. Those before it stay,
        // since what makes each of them a start lies wholly before the edit, and so does the first line's.
        var kept = Math.Max(1, LowerBound(before, replaced.Start));
        var fresh = new List<int>();
        var insertedEnd = replaced.Start + insertedLength;
        // From the character before the edit (a \r there may pair with what comes) to the one just after it (it may pair
        // with a \r the edit ends with); the scan never stops inside a \r\n, so what follows is as a whole scan puts it.
        var scannedTo = Scan(edited, Math.Max(0, replaced.Start - 1), Math.Min(edited.Length, insertedEnd + 1), unicodeBreaks, fresh);
        var delta = insertedLength - replaced.Length;
        // The starts after the scanned part: each made by a line break wholly after the edit, moved by its change in length.
        var moved = LowerBound(before, scannedTo - delta + 1);
        var starts = new int[kept + fresh.Count + before.Length - moved];
        Array.Copy(before, starts, kept);
        fresh.CopyTo(starts, kept);
        var at = kept + fresh.Count;
        for (var i = moved; i < before.Length; i++) starts[at++] = before[i] + delta;
        return starts;
    }

    /// <summary>Adds the starts made by the line breaks that begin in [<paramref name="from"/>, <paramref name="to"/>); returns where the scan stopped (past <paramref name="to"/> when a \r\n straddles it).</summary>
    private static int Scan(string text, int from, int to, bool unicodeBreaks, List<int> starts)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (c == '\r')
            {
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                starts.Add(i);
                continue;
            }

            i++;
            if (c == '\n' || (unicodeBreaks && c is '\u2028' or '\u2029')) starts.Add(i);
        }

        return i;
    }

    /// <summary>The index of the first start at or after <paramref name="position"/>.</summary>
    private static int LowerBound(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : ~index;
    }
}
