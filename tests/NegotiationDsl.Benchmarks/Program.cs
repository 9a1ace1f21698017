using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NegotiationDsl.Benchmarks.Breakdown;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Hostile;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Benchmarks.Ratios;

namespace NegotiationDsl.Benchmarks;

/// <summary>
/// <c>ratios</c> runs the goal ratios of docs/performance.md side by side; <c>breakdown</c> times the phases of a check; <c>keystroke-phases</c> times the steps of an R5 keystroke; <c>incremental-floor [EDITS]</c> what copying the untouched members' binding (design (A)) would cost at least; <c>lsp-settings</c> times R5's keystrokes in the real <c>negc lsp</c> under each candidate runtime setting; <c>hostile</c> runs negc on
/// the hostile inputs of docs/reliability.md, <c>hostile-fs</c> on its hostile file systems; <c>corpus DIR [SCALE] [--archive|--copies]</c> writes the synthetic corpus (as an archive: a register, and a follow-up folder per track; or the archive's records as independent folders with copied declarations); anything else goes to BenchmarkDotNet (micro benchmarks).
/// </summary>
internal static class Program
{
    /// <summary>Every command: its name and what runs it with the arguments after the name.</summary>
    private static readonly (string Name, Func<string[], int> Run)[] Commands =
    [
        ("ratios", RatioRunner.Run),
        ("breakdown", BreakdownRunner.Run),
        ("keystroke-phases", KeystrokePhasesCommand),
        ("incremental-floor", IncrementalFloorCommand),
        ("lsp-settings", LanguageServerSettingsRunner.Run),
        ("hostile", HostileRunner.Run),
        ("hostile-fs", FileSystemRunner.Run),
        ("corpus", CorpusCommand),
    ];

    public static int Main(string[] args)
    {
        foreach (var (name, run) in Commands)
        {
            if (args.Length > 0 && args[0] == name) return run(args.AsSpan(1).ToArray());
        }

        // In process: BenchmarkDotNet's usual out-of-process build moves obj/ folders, and the ANTLR
        // build step of the compiler library cannot find its generated parser there.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static int KeystrokePhasesCommand(string[] args)
    {
        KeystrokePhases.Log(Console.Out, "negotiations.neg", LargeRecordFile.Generate(10_000, seed: 0), edits: 30);
        return 0;
    }

    private static int IncrementalFloorCommand(string[] args)
    {
        IncrementalFloor.Log(Console.Out, "negotiations.neg", LargeRecordFile.Generate(10_000, seed: 0), edits: args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30);
        return 0;
    }

    private static int CorpusCommand(string[] args)
    {
        var archive = args.Contains("--archive");
        var copies = args.Contains("--copies");
        var positional = args.Where(arg => arg is not ("--archive" or "--copies")).ToArray();
        var directory = positional.Length > 0 ? positional[0] : "corpus";
        var scale = positional.Length > 1 ? double.Parse(positional[1], CultureInfo.InvariantCulture) : 1.0;
        var files = archive ? CorpusGenerator.WriteArchive(directory, scale)
            : copies ? CorpusGenerator.WriteIndependentCopies(directory, scale)
            : CorpusGenerator.Write(directory, scale);
        Console.WriteLine($"{files.Count} files written to {Path.GetFullPath(directory)}");
        return 0;
    }
}
