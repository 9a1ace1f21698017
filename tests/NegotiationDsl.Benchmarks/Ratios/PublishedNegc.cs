using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// negc published in Release into the work folder, for ratios that time the whole tool as a user runs
/// it (process start, JIT, GC settings of the real program). Published once per run of the ratio runner,
/// so every ratio that asks measures the same build of this clone.
/// </summary>
internal static class PublishedNegc
{
    private static string? s_path;
    private static string? s_portableDll;

    /// <summary>The path of the published negc executable; publishes on the first call.</summary>
    public static string Get(RatioContext context)
    {
        if (s_path is not null) return s_path;
        var output = ChildProcess.Publish(context, CliProject(context), Path.Combine(context.WorkDirectory, "negc"));
        s_path = Path.Combine(output, OperatingSystem.IsWindows() ? "negc.exe" : "negc");
        return s_path;
    }

    /// <summary>
    /// negc.dll published as the universal VS Code extension bundles it (src/vscode/build.sh): framework-dependent, no
    /// native launcher, portable IL without ReadyToRun code, run as <c>dotnet negc.dll</c>. Publishes on the first call.
    /// </summary>
    public static string PortableDll(RatioContext context)
    {
        if (s_portableDll is not null) return s_portableDll;
        var output = ChildProcess.Publish(context, CliProject(context), Path.Combine(context.WorkDirectory, "negc-portable"),
            "--self-contained", "false", "-p:UseAppHost=false", "-p:PublishReadyToRun=false", "-p:SatelliteResourceLanguages=en");
        s_portableDll = Path.Combine(output, "negc.dll");
        return s_portableDll;
    }

    private static string CliProject(RatioContext context) => Path.Combine(context.RepositoryRoot, "src", "NegotiationDsl.Cli", "NegotiationDsl.Cli.csproj");

    /// <summary>Runs <c>negc check PATH</c> and returns its summary line; anything but a clean check (exit code 0) stops the ratio.</summary>
    public static string Check(string negc, string path, bool oneCore = false)
    {
        var start = new ProcessStartInfo(negc);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add(path);
        // Every run starts from the same environment; only the processor count may differ.
        start.Environment.Remove("DOTNET_PROCESSOR_COUNT");
        if (oneCore) start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        var (exitCode, output, error) = ChildProcess.Run(start);
        if (exitCode != 0)
            throw new InvalidOperationException($"negc check {path} exited with {exitCode}, expected a clean check:\n{Tail(output)}\n{Tail(error)}");
        return Tail(output);
    }

    private static string Tail(string text) => text.TrimEnd().Split('\n').LastOrDefault() ?? "";
}
