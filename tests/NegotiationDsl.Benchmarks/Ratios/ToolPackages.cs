using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The negc tool's three packages (the pointer negc, negc.any and the native negc.RID) for R6a, and the native negc in
/// them for R6b (the one <c>build/release.sh</c> ships in NegotiationDsl.Build). Packing them takes
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
    /// from these sources, else packed afresh (<see cref="Folder"/>).
    /// </summary>
    public static void Into(RatioContext context, string feed, string version, string rid)
    {
        var folder = Folder(context, version, rid);
        Directory.CreateDirectory(feed);
        foreach (var name in FileNames(version, rid)) File.Copy(Path.Combine(folder, name), Path.Combine(feed, name), overwrite: true);
    }

    /// <summary>
    /// Unpacks the native negc of the tool's package negc.RID to <paramref name="path"/>: the executable that
    /// <c>build/release.sh</c> also ships in NegotiationDsl.Build.
    /// </summary>
    public static void NativeNegcInto(RatioContext context, string version, string rid, string path) =>
        ExtractNativeNegc(Folder(context, version, rid), version, rid, path);

    /// <summary>Unpacks <c>tools/any/RID/negc</c> of the negc.RID package in <paramref name="folder"/>, executable, to <paramref name="path"/>.</summary>
    public static void ExtractNativeNegc(string folder, string version, string rid, string path)
    {
        var package = Path.Combine(folder, $"{InstalledTool.NativePackage("negc", rid)}.{version}.nupkg");
        var name = $"tools/any/{rid}/" + (rid.StartsWith("win", StringComparison.Ordinal) ? "negc.exe" : "negc");
        using var archive = ZipFile.OpenRead(package);
        var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"{package} has no {name}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        entry.ExtractToFile(path, overwrite: true);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// The folder with the tool's packages: a release's or an earlier run's when they were made from these sources,
    /// else the work folder's, packed afresh with <c>build/pack-tool.sh</c> (and kept for the next run). Logs which.
    /// </summary>
    private static string Folder(RatioContext context, string version, string rid)
    {
        var sources = SourcesStamp(context);
        var release = Path.Combine(context.RepositoryRoot, "artifacts", "packages");
        var kept = Path.Combine(context.WorkDirectory, "negc-tool-packages");
        if (Reusable([release, kept], sources, version, rid) is { } folder)
        {
            context.Log.WriteLine($"reusing the negc tool packages in {folder}: made from these sources (build/sources-stamp.sh {sources[..12]}), not packed again");
            return folder;
        }

        context.Log.WriteLine($"no negc tool packages made from these sources (build/sources-stamp.sh {sources[..12]}) in {release} or {kept}: "
            + $"packing them with build/pack-tool.sh (Native AOT for {rid}, minutes) into {kept}");
        if (Directory.Exists(kept)) Directory.Delete(kept, recursive: true);
        var (exitCode, output, error) = Bash(context, Path.Combine("build", "pack-tool.sh"), kept);
        if (exitCode != 0) throw new InvalidOperationException($"build/pack-tool.sh failed with exit code {exitCode}:\n{output}\n{error}");
        return Reusable([kept], sources, version, rid)
            ?? throw new InvalidOperationException($"build/pack-tool.sh left no {string.Join(", ", FileNames(version, rid))} with a stamp of these sources in {kept}");
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
