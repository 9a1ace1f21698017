using System;
using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>A set of runtime settings the real <c>negc lsp</c> process can be started with, as environment variables.</summary>
internal sealed record LanguageServerSettings(string Name, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>What users of <c>negc lsp</c> get: negc's settings (build/NegcRuntime.props) with the language server's own, which its launchers set.</summary>
    public static readonly LanguageServerSettings Shipped = Of("as shipped");

    // The others name every variable that differs between candidates, so that `negc lsp` runs with them as they are.

    public static readonly LanguageServerSettings ServerGc = Of("server GC", ("DOTNET_gcServer", "1"));

    public static readonly LanguageServerSettings WorkstationGcTieredPgo = Of("workstation GC, TieredPGO on", ("DOTNET_gcServer", "0"), ("DOTNET_TieredPGO", "1"));

    public static readonly LanguageServerSettings WorkstationConcurrentGc = Of("workstation GC, concurrent", ("DOTNET_gcServer", "0"), ("DOTNET_gcConcurrent", "1"));

    // The runtime's own threshold (85,000 bytes), beside the shipped one, to show what the 8 MB threshold changes: under
    // it each edit's new text of a large document is a large object whose budget a full collection refills.
    public static readonly LanguageServerSettings DefaultLargeObjectThreshold = Of("workstation GC, default large-object threshold", ("DOTNET_gcServer", "0"), ("DOTNET_GCLOHThreshold", "0x14C08"));

    /// <summary>Every candidate, in the order <c>lsp-settings</c> starts them in its first round.</summary>
    public static IReadOnlyList<LanguageServerSettings> Candidates { get; } = [ServerGc, Shipped, WorkstationGcTieredPgo, WorkstationConcurrentGc, DefaultLargeObjectThreshold];

    /// <summary>The settings that differ between candidates are always named, so the benchmark's own environment never leaks into the server.</summary>
    private static LanguageServerSettings Of(string name, params (string Name, string Value)[] set)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["DOTNET_gcServer"] = null, ["DOTNET_gcConcurrent"] = null, ["DOTNET_TieredPGO"] = null, ["DOTNET_GCLOHThreshold"] = null };
        foreach (var (variable, value) in set) environment[variable] = value;
        return new LanguageServerSettings(name, environment);
    }
}
