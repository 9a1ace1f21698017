using System;
using System.IO;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NegotiationDsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NegotiationDsl.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;
    public static string Examples => Path.Combine(Root, "examples");
    public static string Samples => Path.Combine(Root, "tests", "samples");
    public static string FormattingSamples => Path.Combine(Root, "tests", "formatting");
    public static string Docs => Path.Combine(Root, "docs");
}
