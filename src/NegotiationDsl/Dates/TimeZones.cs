using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax.Parsing;
using NodaTime;
using NodaTime.TimeZones;

namespace NegotiationDsl.Dates;

/// <summary>The IANA time zone database as NodaTime ships it (its TZDB): the one list of zone ids the language knows.</summary>
public static class TimeZones
{
    private static readonly Lazy<NameSuggestions> Suggestions = new(() => new NameSuggestions(() => CanonicalIds));

    /// <summary>The ids to suggest and complete: canonical ones (Europe/Kyiv, not its old alias Europe/Kiev) and UTC.</summary>
    public static IEnumerable<string> CanonicalIds =>
        Ids.Where(id => id == "UTC" || (TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(id, out var canonical) && canonical == id));

    /// <summary>Every zone id, canonical ones and aliases (<c>Europe/Kyiv</c>, <c>Europe/Kiev</c>, <c>UTC</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Ids => DateTimeZoneProviders.Tzdb.Ids;

    /// <summary>The TZDB version, such as 2025b: a zone's rules for a day can change between versions.</summary>
    public static string Version => DateTimeZoneProviders.Tzdb.VersionId;

    public static DateTimeZone? Find(string? id) => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    /// <summary>A zone id close to <paramref name="id"/>: a typo of one (<c>Europe/Kyev</c>), or one whose place is written alone (<c>Kyiv</c>).</summary>
    public static string? Suggest(string id) =>
        Suggestions.Value.Suggest(id) ?? CanonicalIds.FirstOrDefault(known => IsPlaceOf(known, id));

    private static bool IsPlaceOf(string known, string place)
    {
        var slash = known.LastIndexOf('/');
        if (slash < 0 || place.Length > NameSuggestions.MaxNameLength) return false;
        var limit = NameSuggestions.LimitFor(place);
        return EditDistance.Within(place.ToLowerInvariant(), known.Substring(slash + 1).ToLowerInvariant(), limit) <= limit;
    }
}
