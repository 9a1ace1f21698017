using System.Collections.Generic;
using System.Globalization;

namespace NegotiationDsl.Cli.Output.Diff;

/// <summary>A hunk: a run of changed lines with the unchanged lines around them, and where it starts in each text (from 0).</summary>
internal sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<LineEdit> Lines)
{
    /// <summary><c>@@ -3,7 +3,6 @@</c>: lines counted from 1, a count of 1 left out, and an empty range named by the line before it, as diff(1) writes them.</summary>
    public string Header => $"@@ -{Range(OldStart, OldCount)} +{Range(NewStart, NewCount)} @@";

    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };
}

internal enum DiffLineKind
{
    FileHeader,
    HunkHeader,
    Same,
    Removed,
    Added,
    NoNewline,
}

/// <summary>
/// A unified diff (<c>diff -u</c>, <c>patch</c>'s input) of two texts: the headers <c>--- path</c> and <c>+++ path</c>,
/// then hunks with <see cref="Context"/> unchanged lines around each change, hunks whose context would meet merged.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;
    public const string NoNewlineMarker = "\\ No newline at end of file";

    public static List<DiffHunk> Hunks(string oldText, string newText, int context = Context)
    {
        var edits = LineDiff.Compute(LineDiff.SplitLines(oldText), LineDiff.SplitLines(newText));
        var hunks = new List<DiffHunk>();
        var next = 0;
        while (true)
        {
            var firstChange = next;
            while (firstChange < edits.Count && edits[firstChange].Kind == LineEditKind.Same) firstChange++;
            if (firstChange == edits.Count) return hunks;

            var lastChange = firstChange;
            for (var i = firstChange + 1; i < edits.Count; i++)
            {
                if (edits[i].Kind != LineEditKind.Same)
                {
                    lastChange = i;
                    continue;
                }

                var sameEnd = i;
                while (sameEnd < edits.Count && edits[sameEnd].Kind == LineEditKind.Same) sameEnd++;
                if (sameEnd == edits.Count || sameEnd - i > 2 * context) break;
                i = sameEnd - 1;
            }

            var start = System.Math.Max(next, firstChange - context);
            var end = System.Math.Min(edits.Count, lastChange + 1 + context);
            var lines = edits.GetRange(start, end - start);
            var oldCount = lines.FindAll(edit => edit.Kind != LineEditKind.Added).Count;
            var newCount = lines.FindAll(edit => edit.Kind != LineEditKind.Removed).Count;
            hunks.Add(new DiffHunk(edits[start].OldIndex, oldCount, edits[start].NewIndex, newCount, lines));
            next = end;
        }
    }

    /// <summary>The diff's lines, without line breaks and unescaped; none when there are no hunks.</summary>
    public static IEnumerable<(DiffLineKind Kind, string Text)> Lines(string oldPath, string newPath, IReadOnlyList<DiffHunk> hunks)
    {
        if (hunks.Count == 0) yield break;
        yield return (DiffLineKind.FileHeader, "--- " + oldPath);
        yield return (DiffLineKind.FileHeader, "+++ " + newPath);
        foreach (var hunk in hunks)
        {
            yield return (DiffLineKind.HunkHeader, hunk.Header);
            foreach (var edit in hunk.Lines)
            {
                var hasBreak = edit.Line.EndsWith('\n');
                var text = hasBreak ? edit.Line[..^1] : edit.Line;
                yield return edit.Kind switch
                {
                    LineEditKind.Removed => (DiffLineKind.Removed, "-" + text),
                    LineEditKind.Added => (DiffLineKind.Added, "+" + text),
                    _ => (DiffLineKind.Same, " " + text),
                };
                if (!hasBreak) yield return (DiffLineKind.NoNewline, NoNewlineMarker);
            }
        }
    }
}
