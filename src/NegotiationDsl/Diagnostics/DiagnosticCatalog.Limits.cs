using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Diagnostics;

/// <summary>
/// What keeps diagnostics bounded whatever the records hold: a message names a few items of a list and
/// counts the rest, and cuts very long names short. A record may list 30,000 participants or write a name of
/// 50,000 characters; the diagnostics about it must not repeat all of that for every statement.
/// </summary>
public static partial class DiagnosticCatalog
{
    /// <summary>A message names at most this many items of a list, then says how many more there are.</summary>
    public const int MaxListedItems = 5;

    /// <summary>A listed name longer than this is cut short (the diagnostic at that name shows it whole).</summary>
    public const int MaxListedItemLength = 80;

    /// <summary>
    /// "a, b, c, d, e and 1,995 more": the first <see cref="MaxListedItems"/> of <paramref name="items"/>, each cut to
    /// <see cref="MaxListedItemLength"/>, and the count of the others. Only those first items are read, so the
    /// caller passes the total: a message made for each of n statements must not cost n.
    /// </summary>
    /// <param name="items">The items in the order they are named; read lazily.</param>
    /// <param name="total">How many items there are in all.</param>
    /// <param name="separator">What goes between two named items.</param>
    /// <param name="more">What the rest are called ("more", "more places").</param>
    /// <param name="quote">What goes around each named item (after it is cut).</param>
    internal static string ListSome(IEnumerable<string> items, int total, string separator = ", ", string more = "more", string quote = "")
    {
        var text = new StringBuilder();
        var listed = 0;
        foreach (var item in items)
        {
            if (listed == MaxListedItems) break;
            if (listed > 0) text.Append(separator);
            text.Append(quote).Append(Shorten(item)).Append(quote);
            listed++;
        }

        if (total > listed) text.Append(" and ").Append(((long)total - listed).ToString("N0", CultureInfo.InvariantCulture)).Append(' ').Append(more);
        return text.ToString();
    }

    /// <summary>A path a message quotes (a use's) longer than this is cut short; the diagnostic's excerpt shows where it is written.</summary>
    public const int MaxQuotedPathLength = 260;

    /// <summary>A name cut to <see cref="MaxListedItemLength"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    internal static string Shorten(string name) => Shorten(name, MaxListedItemLength);

    /// <summary>A path as a message quotes it: cut to <see cref="MaxQuotedPathLength"/> characters (a use may write 100,000 steps of "../").</summary>
    internal static string ShortenPath(string path) => Shorten(path, MaxQuotedPathLength);

    private static string Shorten(string name, int length)
    {
        if (name.Length <= length) return name;
        var cut = length - 1;
        if (char.IsHighSurrogate(name[cut - 1])) cut--;
        return new StringBuilder(cut + 1).Append(name, 0, cut).Append('…').ToString();
    }
}
