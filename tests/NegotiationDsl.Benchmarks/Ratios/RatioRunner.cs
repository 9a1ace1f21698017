using System;
using System.Diagnostics;
using System.Linq;
using NegotiationDsl.Benchmarks.Workloads;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Ratios;

internal static class RatioRunner
{
    public static int Run(string[] args)
    {
        var corpus = CorpusFiles.Load(args[0]);
        if (args.Length > 1) { Experiment.Run(corpus); return 0; }
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var trees = corpus.Folders.SelectMany(f => f).Select(file => SyntaxTree.Parse(SourceText.From(file.Text, file.Path))).ToList();
            var parse = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var n = corpus.Check();
            Console.WriteLine($"parse {parse:F0} ms; check {watch.Elapsed.TotalMilliseconds:F0} ms ({n} diagnostics)");
        }
        return 0;
    }
}
