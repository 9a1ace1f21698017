using System;
using System.Collections.Generic;
using System.IO;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// An input that grows in one dimension (names, places, participants, ...): written at size n, 2n, 4n and 8n,
/// each run by the published negc, whose time and peak memory must not grow by more than
/// <see cref="ComplexityRunner.MaxRatio"/> per doubling. <see cref="BaseSize"/> is chosen so that the work, not
/// the start of the process, dominates the larger runs.
/// </summary>
/// <param name="Name">The case's name, for <c>--only</c>.</param>
/// <param name="Description">What grows, for the printed line and docs/reliability.md.</param>
/// <param name="Command">What negc does with the input: check it, build one target (C#, JSON, reports or all), or serve the language server session written into it (<see cref="LanguageServerSession"/>).</param>
/// <param name="BaseSize">n.</param>
/// <param name="Write">Writes the input of size n into an empty folder.</param>
/// <param name="ExpectedExitCode">1 when the input has errors (check), 0 when it must build.</param>
/// <param name="Environment">Extra environment for negc (NAME=VALUE), e.g. a raised file size limit.</param>
public sealed record ComplexityCase(
    string Name,
    string Description,
    ComplexityCommand Command,
    int BaseSize,
    Action<string, int> Write,
    int ExpectedExitCode,
    string? Environment = null)
{
    public const int Doublings = 3;

    /// <summary>
    /// Count negc's CPU time in user mode only: for a case whose outputs are n files in one folder, where the kernel's
    /// time to create, sync and rename them grows faster than n on this project's machines (ext4), and is not negc's work.
    /// </summary>
    public bool UserTimeOnly { get; init; }

    /// <summary>n, 2n, 4n, 8n.</summary>
    public IEnumerable<int> Sizes
    {
        get
        {
            for (var i = 0; i <= Doublings; i++) yield return BaseSize << i;
        }
    }

    /// <summary>negc's arguments for the input folder and an output folder.</summary>
    public IReadOnlyList<string> Arguments(string input, string output) => Command switch
    {
        ComplexityCommand.Check => new[] { "check", input },
        ComplexityCommand.BuildCSharp => new[] { "build", input, "-o", output, "--target", "csharp" },
        ComplexityCommand.BuildJson => new[] { "build", input, "-o", output, "--target", "json" },
        ComplexityCommand.LanguageServer => new[] { "lsp" },
        ComplexityCommand.BuildReports => new[] { "build", input, "-o", output, "--target", "reports" },
        _ => new[] { "build", input, "-o", output, "--target", "all" },
    };

    /// <summary>Writes the input of size <paramref name="n"/> into a new folder of its own under <paramref name="parent"/> and returns it.</summary>
    public string WriteInto(string parent, int n)
    {
        var folder = Path.Combine(parent, Name, "in");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        Write(folder, n);
        return folder;
    }

    public override string ToString() => Name;
}

public enum ComplexityCommand
{
    Check,
    BuildCSharp,
    BuildJson,
    BuildReports,
    BuildAll,
    LanguageServer,
}
