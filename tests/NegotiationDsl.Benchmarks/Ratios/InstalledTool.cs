using System;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// Which package <c>dotnet tool install --tool-path</c> installed a tool's command from. A tool of RID-specific packages
/// is installed as <c>.store/ID/VERSION/PACKAGE/VERSION/tools/…</c>, where PACKAGE is the RID's package (negc.linux-x64)
/// or negc.any; the command beside <c>.store</c> is a link to its executable (or, for a framework-dependent tool of one
/// package, a launcher that starts <c>dotnet</c>, whose store folder is the tool's own id).
/// </summary>
internal static class InstalledTool
{
    /// <summary>The package whose files the command <paramref name="command"/> runs, or null when it is not in the store.</summary>
    public static string? Package(string toolPath, string toolId, string version, string command)
    {
        var target = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(command);
        var store = Path.GetFullPath(Path.Combine(toolPath, ".store", toolId, version)) + Path.DirectorySeparatorChar;
        if (!target.StartsWith(store, StringComparison.Ordinal)) return null;
        return target[store.Length..].Split(Path.DirectorySeparatorChar)[0];
    }

    /// <summary>The RID-specific package that the pointer package <paramref name="toolId"/> names for <paramref name="rid"/>.</summary>
    public static string NativePackage(string toolId, string rid) => $"{toolId}.{rid}";
}
