namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Optimal string alignment distance (insertions, deletions, substitutions and adjacent swaps), bounded:
/// the caller says how far is too far. Only cells within that distance of the diagonal can hold a smaller
/// distance, and a row whose cells all exceed it can only lead to larger ones, so the cost is
/// O(max · length) and usually much less, whatever the length of the strings.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/> if it is at most <paramref name="max"/>, else <c>max + 1</c>.</summary>
    public static int Within(string a, string b, int max)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (max < 0) max = 0;
        if (max > b.Length) max = b.Length;
        var over = max + 1;
        if (b.Length - a.Length > max) return over;
        if (a.Length == 0) return b.Length;

        // Three rows of the table (the swap reads two rows back); cells outside the band count as too far.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j <= max ? j : over;

        for (var i = 1; i <= a.Length; i++)
        {
            var from = i - max > 1 ? i - max : 1;
            var to = i + max < b.Length ? i + max : b.Length;
            current[from - 1] = from == 1 ? (i <= max ? i : over) : over;
            var rowMinimum = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && twoBack[j - 2] + 1 < cell) cell = twoBack[j - 2] + 1;
                current[j] = cell > over ? over : cell;
                if (current[j] < rowMinimum) rowMinimum = current[j];
            }

            if (to < b.Length) current[to + 1] = over;
            if (rowMinimum > max) return over;
            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }

    private static int Min(int a, int b, int c)
    {
        var min = a < b ? a : b;
        return min < c ? min : c;
    }
}
