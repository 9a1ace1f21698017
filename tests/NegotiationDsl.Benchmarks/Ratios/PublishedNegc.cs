using System;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// negc published in Release into the work folder, for ratios that time the whole tool as a user runs
/// it (process start, JIT, GC settings of the real program). Published once per run of the ratio runner,
/// so every ratio that asks measures the same build of this clone.
/// </summary>
internal static class PublishedNegc
{
    private static string? s_path;

    /// <summary>The path of the published negc executable; publishes on the first call.</summary>
    public static string Get(RatioContext context)
    {
        if (s_path is not null) return s_path;
        var output = ChildProcess.Publish(context, Path.Combine(context.RepositoryRoot, "src", "NegotiationDsl.Cli", "NegotiationDsl.Cli.csproj"), Path.Combine(context.WorkDirectory, "negc"));
        s_path = Path.Combine(output, OperatingSystem.IsWindows() ? "negc.exe" : "negc");
        return s_path;
    }
}
