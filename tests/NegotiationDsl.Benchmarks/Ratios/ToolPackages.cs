using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The negc tool's three packages (the pointer negc, negc.any and the native negc.RID) for R6a. Packing them takes
/// minutes (a Native AOT compile), so packages that a release (<c>artifacts/packages</c>) or an earlier run (the work
/// folder) made are used again when they were made from the same sources: <c>build/pack-tool.sh</c> writes
/// <c>build/sources-stamp.sh</c>'s hash of the sources beside the packages it makes, and the hash of the sources as they
/// are now must be the same. Otherwise the packages are made afresh, as a release makes them.
/// </summary>
internal static class ToolPackages
{
    /// <summary>The file beside the packages with the hash of the sources they were made from.</summary>
    public const string StampFile = "negc-tool.sources";

    /// <summary>The tool's packages of <paramref name="version"/> for a machine of <paramref name="rid"/>.</summary>
    public static IReadOnlyList<string> FileNames(string version, string rid) =>
        new[] { "negc", "negc.any", InstalledTool.NativePackage("negc", rid) }.Select(id => $"{id}.{version}.nupkg").ToArray();

    /// <summary>The first of <paramref name="folders"/> with every package and a stamp of <paramref name="sources"/>, or null.</summary>
    public static string? Reusable(IEnumerable<string> folders, string sources, string version, string rid) =>
        folders.FirstOrDefault(folder =>
            File.Exists(Path.Combine(folder, StampFile))
            && File.ReadAllText(Path.Combine(folder, StampFile)).Trim() == sources
            && FileNames(version, rid).All(name => File.Exists(Path.Combine(folder, name))));

    /// <summary>
    /// Puts the tool's packages into <paramref name="feed"/>: those of a release or an earlier run when they were made
    /// from these sources, else packed with <c>build/pack-tool.sh</c> into the work folder (kept for the next run).
    /// Logs which it did.
    /// </summary>
    public static void Into(RatioContext context, string feed, string version, string rid)
    {
        var sources = SourcesStamp(context);
        var release = Path.Combine(context.RepositoryRoot, "artifacts", "packages");
        var kept = Path.Combine(context.WorkDirectory, "negc-tool-packages");
        var folder = Reusable([release, kept], sources, version, rid);
        if (folder is not null)
        {
            context.Log.WriteLine($"reusing the negc tool packages in {folder}: made from these sources (build/sources-stamp.sh {sources[..12]}), not packed again");
        }
        else
        {
            context.Log.WriteLine($"no negc tool packages made from these sources (build/sources-stamp.sh {sources[..12]}) in {release} or {kept}: "
                + $"packing them with build/pack-tool.sh (Native AOT for {rid}, minutes) into {kept}");
            if (Directory.Exists(kept)) Directory.Delete(kept, recursive: true);
            var (exitCode, output, error) = Bash(context, Path.Combine("build", "pack-tool.sh"), kept);
            if (exitCode != 0) throw new InvalidOperationException($"build/pack-tool.sh failed with exit code {exitCode}:\n{output}\n{error}");
            folder = Reusable([kept], sources, version, rid)
                ?? throw new InvalidOperationException($"build/pack-tool.sh left no {string.Join(", ", FileNames(version, rid))} with a stamp of these sources in {kept}");
        }

        Directory.CreateDirectory(feed);
        foreach (var name in FileNames(version, rid)) File.Copy(Path.Combine(folder, name), Path.Combine(feed, name), overwrite: true);
    }

    private static string SourcesStamp(RatioContext context)
    {
        var (exitCode, output, error) = Bash(context, Path.Combine("build", "sources-stamp.sh"));
        if (exitCode != 0) throw new InvalidOperationException($"build/sources-stamp.sh failed with exit code {exitCode}:\n{error}");
        return output.Trim();
    }

    private static (int ExitCode, string Output, string Error) Bash(RatioContext context, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = context.RepositoryRoot };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return ChildProcess.Run(start);
    }
}
