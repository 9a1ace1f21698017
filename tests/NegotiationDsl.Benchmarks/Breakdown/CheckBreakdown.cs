using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Benchmarks.Workloads;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Benchmarks.Breakdown;

/// <summary>The phases of a check of one corpus, timed run after run, and the table of their medians.</summary>
internal sealed class CheckBreakdown(CorpusFiles corpus)
{
    private readonly PhaseClock _check = new("check as R1 runs it (`CorpusFiles.Check`)");
    private readonly PhaseClock _antlrLex = new("for comparison, ANTLR's generated lexer alone to EOF over `SourceCharStream` (a check does not use it)");
    private readonly PhaseClock _lex = new("lexing alone (`HandWrittenLexer` to EOF, as a check lexes)");
    private readonly PhaseClock _lexAndParse = new("lexing + ANTLR SLL parse, no tree, no listener");
    private readonly PhaseClock _parse = new("parse + build our tree (`SyntaxTree.Parse`)");
    private readonly PhaseClock _bind = new("binding (declarations, actors, statements, dates)");
    private readonly PhaseClock _checks = new("folder-wide checks (`CompilationChecks`) and the result");
    private readonly PhaseClock _diagnostics = new("diagnostics: collect, unused names, suppressions, sort");
    private int _tokens;

    /// <summary>Times every phase once; <paramref name="record"/> false for the warm-up runs.</summary>
    public void Run(bool record)
    {
        foreach (var clock in All()) clock.StartRun();

        Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        corpus.Check();
        var checkTime = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var checkPause = GC.GetTotalPauseDuration() - pause;
        var checkAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        Collect();
        _tokens = _lex.Measure(() =>
        {
            var tokens = 0;
            foreach (var folder in corpus.Folders)
            {
                foreach (var (_, text) in folder) tokens += CheckPhases.Lex(text);
            }

            return tokens;
        });

        Collect();
        _antlrLex.Measure(() =>
        {
            foreach (var folder in corpus.Folders)
            {
                foreach (var (_, text) in folder) CheckPhases.LexWithAntlr(text);
            }

            return 0;
        });

        Collect();
        _lexAndParse.Measure(() =>
        {
            foreach (var folder in corpus.Folders)
            {
                foreach (var (_, text) in folder) CheckPhases.LexAndParse(text);
            }

            return 0;
        });

        // One folder at a time through parse, bind and checks, as a check goes; each phase's clock runs only in its stretches.
        Collect();
        foreach (var folder in corpus.Folders)
        {
            var trees = _parse.Measure(() =>
            {
                var parsed = ImmutableArray.CreateBuilder<SyntaxTree>(folder.Length);
                foreach (var (path, text) in folder) parsed.Add(CheckPhases.ParseAndBuild(text, path));
                return parsed.MoveToImmutable();
            });
            var bound = _bind.Measure(() => CheckPhases.Bind(trees));
            _checks.Measure(() => CheckPhases.Check(bound));
        }

        // The diagnostics of compilations bound beforehand (not timed), as GetDiagnostics finds them after a check.
        var compilations = new List<Compilation>();
        foreach (var compilation in corpus.Compile())
        {
            _ = compilation.Symbols;
            compilations.Add(compilation);
        }

        Collect();
        foreach (var compilation in compilations) _diagnostics.Measure(() => compilation.GetDiagnostics());

        if (!record) return;
        _check.AddRun(checkTime, checkAllocated, checkPause);
        foreach (var clock in Phases()) clock.EndRun();
    }

    /// <summary>The types each phase allocates most, sampled over one pass of the corpus per phase.</summary>
    public void SampleAllocations(System.IO.TextWriter output)
    {
        using var sampler = new AllocationSampler();
        var trees = new List<ImmutableArray<SyntaxTree>>();
        var bound = new List<BoundFolder>();
        Section("lexing", () => ForEachText(text => CheckPhases.Lex(text)));
        Section("ANTLR's lexer, for comparison", () => ForEachText(text => CheckPhases.LexWithAntlr(text)));
        Section("lexing + SLL parse", () => ForEachText(CheckPhases.LexAndParse));
        Section("parse + build", () =>
        {
            foreach (var folder in corpus.Folders) trees.Add([.. folder.Select(file => CheckPhases.ParseAndBuild(file.Text, file.Path))]);
        });
        Section("binding", () =>
        {
            foreach (var folder in trees) bound.Add(CheckPhases.Bind(folder));
        });
        Section("checks", () =>
        {
            foreach (var folder in bound) CheckPhases.Check(folder);
        });

        void Section(string name, Action work)
        {
            Collect();
            output.WriteLine(name + ":");
            foreach (var line in sampler.Sample(work, top: 15)) output.WriteLine("  " + line);
        }
    }

    private void ForEachText(Action<string> work)
    {
        foreach (var folder in corpus.Folders)
        {
            foreach (var (_, text) in folder) work(text);
        }
    }

    public string Table(int runs)
    {
        var singleThreaded = _parse.MedianMilliseconds + _bind.MedianMilliseconds + _checks.MedianMilliseconds + _diagnostics.MedianMilliseconds;
        var megabytes = corpus.Bytes / 1e6;
        var table = new StringBuilder();
        table.AppendLine(Invariant($"1x corpus: {corpus.FileCount} files, {megabytes:F2} MB, {_tokens:N0} tokens (hidden ones included); medians of {runs} runs; load average {LoadAverage()}"));
        table.AppendLine();
        table.AppendLine("| phase | ms (median, min-max) | MB/s | share of check on one thread | allocated | GC pauses |");
        table.AppendLine("| --- | --- | --- | --- | --- | --- |");
        Row(_lex, "  inside parse: ");
        Row(_antlrLex, "  ");
        Row(_lexAndParse, "  inside parse: ");
        Derived("  inside parse: the SLL parse alone (difference)", _lexAndParse.MedianMilliseconds - _lex.MedianMilliseconds, _lexAndParse.MedianAllocated - _lex.MedianAllocated);
        Derived("  inside parse: building our tree, trivia, syntax diagnostics (difference)", _parse.MedianMilliseconds - _lexAndParse.MedianMilliseconds, _parse.MedianAllocated - _lexAndParse.MedianAllocated);
        Row(_parse, "");
        Row(_bind, "");
        Row(_checks, "");
        Row(_diagnostics, "");
        table.AppendLine(Invariant($"| **check on one thread** (sum of the four) | {singleThreaded:F0} | {megabytes / (singleThreaded / 1000):F1} | 100% | {(_parse.MedianAllocated + _bind.MedianAllocated + _checks.MedianAllocated + _diagnostics.MedianAllocated) / 1e6:F0} MB | {_parse.MedianPause + _bind.MedianPause + _checks.MedianPause + _diagnostics.MedianPause:F0} ms |"));
        Row(_check, "");
        return table.ToString();

        void Row(PhaseClock clock, string prefix) => table.AppendLine(Invariant(
            $"| {prefix}{clock.Name} | {clock.MedianMilliseconds:F0} ({clock.MinMilliseconds:F0}-{clock.MaxMilliseconds:F0}) | {megabytes / (clock.MedianMilliseconds / 1000):F1} | {100 * clock.MedianMilliseconds / singleThreaded:F0}% | {clock.MedianAllocated / 1e6:F0} MB | {clock.MedianPause:F0} ms |"));

        void Derived(string name, double milliseconds, double allocated) => table.AppendLine(Invariant(
            $"| {name} | {milliseconds:F0} | {megabytes / (milliseconds / 1000):F1} | {100 * milliseconds / singleThreaded:F0}% | {allocated / 1e6:F0} MB | |"));
    }

    private IEnumerable<PhaseClock> All() => [_check, .. Phases()];

    private IEnumerable<PhaseClock> Phases() => [_lex, _antlrLex, _lexAndParse, _parse, _bind, _checks, _diagnostics];

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (System.IO.IOException)
        {
            return "unknown";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
