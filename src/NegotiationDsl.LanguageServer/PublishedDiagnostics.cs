using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;

namespace NegotiationDsl.LanguageServer;

/// <summary>Whether two publications for a file say the same, as an editor would show them.</summary>
internal static class PublishedDiagnostics
{
    public static bool Same(PublishDiagnosticsParams first, PublishDiagnosticsParams second) =>
        first.Uri == second.Uri && first.Version == second.Version &&
        (ReferenceEquals(first.Diagnostics, second.Diagnostics) || first.Diagnostics.SequenceEqual(second.Diagnostics, Comparer.Instance));

    /// <summary>The records compare their arrays and dictionaries by reference; an editor sees their contents.</summary>
    private sealed class Comparer : IEqualityComparer<LspDiagnostic>
    {
        public static readonly Comparer Instance = new();

        public bool Equals(LspDiagnostic? x, LspDiagnostic? y) =>
            x is not null && y is not null &&
            x with { Tags = null, Data = null } == y with { Tags = null, Data = null } &&
            (x.Tags ?? []).SequenceEqual(y.Tags ?? []) &&
            Entries(x.Data).SequenceEqual(Entries(y.Data));

        public int GetHashCode(LspDiagnostic obj) => HashCode.Combine(obj.Range, obj.Code, obj.Message);

        private static IEnumerable<KeyValuePair<string, string>> Entries(IReadOnlyDictionary<string, string>? data) =>
            (data ?? new Dictionary<string, string>()).OrderBy(entry => entry.Key, StringComparer.Ordinal);
    }
}
