using System.Collections.Generic;

namespace NegotiationDsl.Cli.Output.Diff;

internal enum LineEditKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One line of an edit script, and how many lines of each text come before it.</summary>
/// <param name="Line">The line with its line break, if it has one (the last line of a text may not).</param>
internal readonly record struct LineEdit(LineEditKind Kind, string Line, int OldIndex, int NewIndex);

/// <summary>
/// The shortest edit script between two texts' lines (Myers, "An O(ND) difference algorithm", 1986), after the lines
/// both start and end with are set aside. Lines are compared with their line breaks, so a last line without one
/// differs from the same line with one, as in diff(1).
/// </summary>
internal static class LineDiff
{
    // The search costs about D² + (N + M)·D for D differing lines. Past this much work the rest is given as "remove
    // the differing middle, add the new one": still a correct script, but a file whose every line changes costs linear
    // time and memory instead of quadratic.
    private const long WorkLimit = 4_000_000;

    /// <summary>The lines of <paramref name="text"/>, each with its '\n'; none for an empty text.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    public static List<LineEdit> Compute(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix && before[before.Count - 1 - suffix] == after[after.Count - 1 - suffix]) suffix++;

        var oldCount = before.Count - prefix - suffix;
        var newCount = after.Count - prefix - suffix;
        var middle = Shortest(before, after, prefix, oldCount, newCount) ?? ReplaceAll(oldCount, newCount);

        var edits = new List<LineEdit>(prefix + middle.Count + suffix);
        int oldIndex = 0, newIndex = 0;
        void Add(LineEditKind kind)
        {
            edits.Add(new LineEdit(kind, kind == LineEditKind.Added ? after[newIndex] : before[oldIndex], oldIndex, newIndex));
            if (kind != LineEditKind.Added) oldIndex++;
            if (kind != LineEditKind.Removed) newIndex++;
        }

        for (var i = 0; i < prefix; i++) Add(LineEditKind.Same);
        foreach (var kind in middle) Add(kind);
        for (var i = 0; i < suffix; i++) Add(LineEditKind.Same);
        return edits;
    }

    private static List<LineEditKind> ReplaceAll(int oldCount, int newCount)
    {
        var kinds = new List<LineEditKind>(oldCount + newCount);
        for (var i = 0; i < oldCount; i++) kinds.Add(LineEditKind.Removed);
        for (var i = 0; i < newCount; i++) kinds.Add(LineEditKind.Added);
        return kinds;
    }

    /// <summary>
    /// The edit script of before[start..start+n) into after[start..start+m), or null when finding the shortest would
    /// cost more than <see cref="WorkLimit"/>. <c>v[k]</c> is the furthest x reached on diagonal k = x - y; each round
    /// keeps a copy of the diagonals it may step from, to walk the path back.
    /// </summary>
    private static List<LineEditKind>? Shortest(IReadOnlyList<string> before, IReadOnlyList<string> after, int start, int n, int m)
    {
        var max = n + m;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        long work = 0;
        for (var d = 0; d <= max; d++)
        {
            var snapshot = new int[(2 * d) + 1];
            System.Array.Copy(v, offset - d, snapshot, 0, snapshot.Length);
            trace.Add(snapshot);
            work += snapshot.Length;
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && before[start + x] == after[start + y])
                {
                    x++;
                    y++;
                    work++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(trace, n, m);
            }

            if (work > WorkLimit) return null;
        }

        return null;
    }

    private static List<LineEditKind> Backtrack(List<int[]> trace, int x, int y)
    {
        var kinds = new List<LineEditKind>(x + y);
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var snapshot = trace[d];
            int V(int diagonal) => snapshot[diagonal + d];
            var k = x - y;
            var previousK = k == -d || (k != d && V(k - 1) < V(k + 1)) ? k + 1 : k - 1;
            var previousX = V(previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                kinds.Add(LineEditKind.Same);
                x--;
                y--;
            }

            if (x == previousX)
            {
                kinds.Add(LineEditKind.Added);
                y--;
            }
            else
            {
                kinds.Add(LineEditKind.Removed);
                x--;
            }
        }

        for (; x > 0 && y > 0; x--, y--) kinds.Add(LineEditKind.Same);
        kinds.Reverse();
        return kinds;
    }
}
