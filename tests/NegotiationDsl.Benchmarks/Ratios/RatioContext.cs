using System;
using System.IO;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>What every ratio measurement shares: the repository, a scratch folder and the run count.</summary>
internal sealed class RatioContext
{
    public RatioContext(string repositoryRoot, string workDirectory, int runs, TextWriter log)
    {
        RepositoryRoot = repositoryRoot;
        WorkDirectory = workDirectory;
        Runs = runs;
        Log = log;
    }

    /// <summary>The clone's root (holds NegotiationDsl.sln).</summary>
    public string RepositoryRoot { get; }

    /// <summary>A scratch folder for corpora and published programs; reused between runs.</summary>
    public string WorkDirectory { get; }

    /// <summary>How many interleaved runs each side gets; ratios are taken of the medians.</summary>
    public int Runs { get; }

    /// <summary>Progress and absolute numbers (stderr), so stdout keeps only the ratio lines.</summary>
    public TextWriter Log { get; }

    public static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NegotiationDsl.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
