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
using NegotiationDsl.Benchmarks.Ratios;

namespace NegotiationDsl.Benchmarks;

/// <summary>
/// <c>ratios</c> runs the goal ratios of docs/performance.md side by side; <c>breakdown</c> times the phases of a check; <c>keystroke-phases</c> times the steps of an R5 keystroke; <c>hostile</c> runs negc on
/// the hostile inputs of docs/reliability.md, <c>hostile-fs</c> on its hostile file systems; <c>corpus DIR [SCALE] [--archive|--copies]</c> writes the synthetic corpus (as an archive: a register, and a follow-up folder per track; or the archive's records as independent folders with copied declarations); anything else goes to BenchmarkDotNet (micro benchmarks).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "ratios") return RatioRunner.Run(args.AsSpan(1).ToArray());
        if (args.Length > 0 && args[0] == "breakdown") return BreakdownRunner.Run(args.AsSpan(1).ToArray());
        if (args.Length > 0 && args[0] == "keystroke-phases")
        {
            KeystrokePhases.Log(Console.Out, "negotiations.neg", LargeRecordFile.Generate(10_000, seed: 0), edits: 30);
            return 0;
        }

        if (args.Length > 0 && args[0] == "hostile") return HostileRunner.Run(args.AsSpan(1).ToArray());
        if (args.Length > 0 && args[0] == "hostile-fs") return FileSystemRunner.Run(args.AsSpan(1).ToArray());
        if (args.Length > 0 && args[0] == "corpus")
        {
            var archive = args.Contains("--archive");
            var copies = args.Contains("--copies");
            var positional = args.Skip(1).Where(arg => arg is not ("--archive" or "--copies")).ToArray();
            var directory = positional.Length > 0 ? positional[0] : "corpus";
            var scale = positional.Length > 1 ? double.Parse(positional[1], CultureInfo.InvariantCulture) : 1.0;
            var files = archive ? CorpusGenerator.WriteArchive(directory, scale)
                : copies ? CorpusGenerator.WriteIndependentCopies(directory, scale)
                : CorpusGenerator.Write(directory, scale);
            Console.WriteLine($"{files.Count} files written to {Path.GetFullPath(directory)}");
            return 0;
        }

        // In process: BenchmarkDotNet's usual out-of-process build moves obj/ folders, and the ANTLR
        // build step of the compiler library cannot find its generated parser there.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
