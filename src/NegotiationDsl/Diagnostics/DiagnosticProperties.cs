using System.Collections.Immutable;

namespace NegotiationDsl.Diagnostics;

/// <summary>
/// The keys of <see cref="Diagnostic.Properties"/>. They go out as data (JSON, SARIF <c>properties</c>, the
/// language server's <c>data</c>), so a key, like a code, is never renamed.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>The name that is not declared (NEG2001, NEG4001): what a "declare it" fix declares.</summary>
    public const string Name = "name";

    /// <summary>The declared name a "did you mean" proposes (NEG2001, NEG4001): what a fix changes the name to.</summary>
    public const string Suggestion = "suggestion";

    public static ImmutableSortedDictionary<string, string> Empty { get; } = ImmutableSortedDictionary.Create<string, string>(System.StringComparer.Ordinal);

    /// <summary>The properties given, in key order; a null value leaves its key out.</summary>
    public static ImmutableSortedDictionary<string, string> Of(params (string Key, string? Value)[] entries)
    {
        var builder = Empty.ToBuilder();
        foreach (var (key, value) in entries)
        {
            if (value is not null) builder.Add(key, value);
        }

        return builder.ToImmutable();
    }
}
