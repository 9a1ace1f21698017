using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using NegotiationDsl.Fuzz.Oracle;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// Runs inputs <c>start .. start + count - 1</c> of a campaign on several workers. Each input goes through
/// <see cref="PipelineOracle"/> (an archive through <see cref="ArchiveOracle"/>); an exception or a broken rule is a finding, saved once per signature with a
/// minimised copy. A watchdog ends the campaign when one input runs past the time limit (a hang: .NET cannot
/// abort the stuck thread), after saving that input.
/// </summary>
internal sealed class CampaignRunner
{
    private readonly CampaignOptions _options;
    private readonly InputFactory _factory;
    private readonly Findings _findings;
    private readonly CampaignStatistics _statistics = new();
    private readonly long[] _running;
    private readonly long[] _startedAt;
    private long _next;

    public CampaignRunner(CampaignOptions options, InputFactory factory)
    {
        _options = options;
        _factory = factory;
        _findings = new Findings(options.FindingsDirectory, options.Seed);
        _running = Enumerable.Repeat(-1L, options.Workers).ToArray();
        _startedAt = new long[options.Workers];
        _next = options.Start;
    }

    public int Run()
    {
        Console.WriteLine($"fuzz: seed {_options.Seed}, inputs {_options.Start:N0} to {_options.Start + _options.Count - 1:N0}, {_options.Workers} worker(s), {_options.TimeLimit.TotalSeconds:0.#} s per input, findings in {_options.FindingsDirectory}");
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, _options.Workers).Select(worker => new Thread(() => Work(worker), maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = $"fuzz worker {worker}" }).ToList();
        foreach (var worker in workers) worker.Start();
        var lastReport = TimeSpan.Zero;
        while (workers.Any(worker => worker.IsAlive))
        {
            Thread.Sleep(100);
            if (Watchdog(out var hung)) return Hang(hung, clock.Elapsed);
            if (clock.Elapsed - lastReport >= _options.ReportEvery)
            {
                lastReport = clock.Elapsed;
                Console.WriteLine(_statistics.ProgressLine(clock.Elapsed, _options.Count, _findings.Signatures));
            }
        }

        Console.WriteLine(_statistics.Summary(clock.Elapsed));
        Console.WriteLine(_findings.Summary());
        return _findings.Signatures == 0 ? 0 : 1;
    }

    private void Work(int worker)
    {
        // A folder's other file: the input is compiled on its own seven times in eight, and beside it the eighth.
        var companion = new[] { SyntaxTree.ParseText(_options.CompanionText, "fuzz/companion.neg") };
        var end = _options.Start + _options.Count;
        while (true)
        {
            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= end) return;
            var input = _factory.Make(index);
            Volatile.Write(ref _startedAt[worker], Stopwatch.GetTimestamp());
            Volatile.Write(ref _running[worker], index);
            var result = ExecuteAsInCampaign(input, companion);
            var ticks = Stopwatch.GetTimestamp() - Volatile.Read(ref _startedAt[worker]);
            Volatile.Write(ref _running[worker], -1);
            _statistics.Record(input, result.Outcome, ticks);
            if (result.Finding is not { } finding) continue;
            if (input.Files is null) _findings.Add(input, finding, candidate => Reproduces(input with { Bytes = candidate, Text = null }, finding));
            else _findings.AddArchive(input, finding, candidate => Reproduces(input with { Kind = InputKind.ArchiveMutation, Files = candidate }, finding));
        }
    }

    /// <summary>
    /// Runs input <c>i</c> as the campaign does: beside the companion file when <c>i % 8 == 7</c>, and through the
    /// emitters and reports despite errors for one block of eight inputs in sixteen (it is slow).
    /// </summary>
    public static (OracleOutcome? Outcome, Finding? Finding) ExecuteAsInCampaign(FuzzInput input, SyntaxTree[] companion) =>
        Execute(input, input.Index % 8 == 7 ? companion : [], emitDespiteErrors: (input.Index >> 3) % 16 == 0);

    /// <summary>Runs the oracle; an escaping exception becomes a finding, as does every broken rule.</summary>
    public static (OracleOutcome? Outcome, Finding? Finding) Execute(FuzzInput input, IReadOnlyList<SyntaxTree> companion, bool emitDespiteErrors)
    {
        try
        {
            var outcome = input.Files is { } files
                ? ArchiveOracle.Check(files, mustParseCleanly: input.Kind == InputKind.Archive, emitDespiteErrors)
                : PipelineOracle.Check(input.ToSourceText(), mustParseCleanly: input.Kind == InputKind.Generated, companion, emitDespiteErrors);
            return (outcome, outcome.Violations.Count == 0 ? null : Finding.FromViolations(outcome.Violations));
        }
        catch (Exception exception)
        {
            return (null, Finding.FromException(exception));
        }
    }

    /// <summary>An archive on disk (a regression folder, holding negarchive.json) through the same checks; an escaping exception is a finding.</summary>
    public static Finding? ExecuteArchive(string folder)
    {
        try
        {
            var outcome = ArchiveOracle.CheckFolder(folder, mustParseCleanly: false, emitDespiteErrors: true);
            return outcome.Violations.Count == 0 ? null : Finding.FromViolations(outcome.Violations);
        }
        catch (Exception exception)
        {
            return Finding.FromException(exception);
        }
    }

    /// <summary>Whether a smaller input (a file's bytes, an archive's files) still shows the finding.</summary>
    private static bool Reproduces(FuzzInput candidate, Finding finding) =>
        Execute(candidate, [], emitDespiteErrors: true).Finding?.Signature == finding.Signature;

    private bool Watchdog(out (int Worker, long Index, TimeSpan Elapsed) hung)
    {
        var now = Stopwatch.GetTimestamp();
        for (var worker = 0; worker < _running.Length; worker++)
        {
            var index = Volatile.Read(ref _running[worker]);
            if (index < 0) continue;
            var elapsed = Stopwatch.GetElapsedTime(Volatile.Read(ref _startedAt[worker]), now);
            if (elapsed > _options.TimeLimit && Volatile.Read(ref _running[worker]) == index)
            {
                hung = (worker, index, elapsed);
                return true;
            }
        }

        hung = default;
        return false;
    }

    private int Hang((int Worker, long Index, TimeSpan Elapsed) hung, TimeSpan elapsed)
    {
        var input = _factory.Make(hung.Index);
        var detail = $"input {hung.Index.ToString(CultureInfo.InvariantCulture)} ({input.Kind}, {input.Length:N0} units) still runs after {hung.Elapsed.TotalSeconds:0.0} s, over the limit of {_options.TimeLimit.TotalSeconds:0.#} s";
        var hang = new Finding("hang", detail, detail);
        if (input.Files is null) _findings.Add(input, hang, minimise: null);
        else _findings.AddArchive(input, hang, reproduces: null);
        Console.WriteLine("fuzz: HANG: " + detail);
        Console.WriteLine(_statistics.Summary(elapsed));
        Console.WriteLine(_findings.Summary());
        return 1;
    }
}

/// <summary>What a campaign runs: which inputs, how many at once, with what limit, and where findings go.</summary>
/// <param name="CompanionText">A second file of the input's folder (the Geneva example), compiled beside one input in eight: names across files, duplicates (text campaign only).</param>
internal sealed record CampaignOptions(long Seed, long Start, long Count, int Workers, TimeSpan TimeLimit, string FindingsDirectory, TimeSpan ReportEvery, string CompanionText = "");
