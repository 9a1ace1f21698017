using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

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

    /// <summary>Whether R8's edits are made as for a language server client that asked for commitments (<c>--commitments-asked</c>).</summary>
    public bool CommitmentsAsked { get; init; }

    /// <summary>
    /// The scratch folder when none is given: one per checkout (<c>negotiationdsl-bench-</c> and 12 hex digits of
    /// the SHA-256 of its root's path), so two clones on one machine never share a published negc or case folders.
    /// </summary>
    public static string DefaultWorkDirectory()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FindRepositoryRoot())));
        return Path.Combine(Path.GetTempPath(), "negotiationdsl-bench-" + hash[..12]);
    }

    public static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NegotiationDsl.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
