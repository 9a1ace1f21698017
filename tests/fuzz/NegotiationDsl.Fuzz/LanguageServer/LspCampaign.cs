using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NegotiationDsl.Fuzz.Campaign;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Runs sequences <c>start .. start + count - 1</c> of a language-server campaign on several workers, each through
/// <see cref="LspSession"/>. A broken rule or an exception is a finding, saved once per signature with a copy
/// minimised message by message. A sequence that hangs (a request never answered, a server that does not stop)
/// ends the campaign after it is saved: .NET cannot stop the stuck thread. The process's managed memory is
/// checked after every sequence.
/// </summary>
internal sealed class LspCampaign(CampaignOptions options, SequenceGenerator generator)
{
    /// <summary>Far above what any sequence needs (its documents are at most a few megabytes): more means something kept growing.</summary>
    private const long MemoryBound = 4L * 1024 * 1024 * 1024;

    private static readonly Regex Quoted = new("'[^']*'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly Findings _findings = new(options.FindingsDirectory, options.Seed);
    private readonly object _gate = new();
    private readonly List<(TimeSpan Time, long Index, int Messages)> _slowest = [];
    private long _next = options.Start;
    private long _done;
    private long _messages;
    private long _peakMemory;
    private volatile bool _hung;

    public int Run()
    {
        Console.WriteLine($"fuzz lsp: seed {options.Seed}, sequences {options.Start:N0} to {options.Start + options.Count - 1:N0}, {options.Workers} worker(s), {options.TimeLimit.TotalSeconds:0.#} s per answer, findings in {options.FindingsDirectory}");
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Workers).Select(worker => new Thread(Work) { IsBackground = true, Name = $"fuzz lsp worker {worker}" }).ToList();
        foreach (var worker in workers) worker.Start();
        var lastReport = TimeSpan.Zero;
        while (workers.Any(worker => worker.IsAlive) && !_hung)
        {
            Thread.Sleep(100);
            if (clock.Elapsed - lastReport < options.ReportEvery) continue;
            lastReport = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz lsp: {Interlocked.Read(ref _done):N0} of {options.Count:N0} sequences, {Interlocked.Read(ref _messages):N0} messages in {clock.Elapsed.TotalSeconds:0} s, {_findings.Signatures} finding(s)"));
        }

        // A hung sequence leaves its worker stuck: the others are not waited for either.
        Console.WriteLine(Summary(clock.Elapsed));
        Console.WriteLine(_findings.Summary());
        return _findings.Signatures == 0 ? 0 : 1;
    }

    /// <summary>Runs one sequence; an exception is a finding, as is every broken rule.</summary>
    public static (LspOutcome? Outcome, Finding? Finding) Execute(IReadOnlyList<byte[]> sequence, TimeSpan timeLimit)
    {
        try
        {
            var outcome = LspSession.RunAsync(sequence, timeLimit).GetAwaiter().GetResult();
            if (outcome.Violations.Count == 0) return (outcome, null);
            var finding = Finding.FromViolations(outcome.Violations);
            // One cause shows in every document: the documents' names are left out of the signature, as numbers are.
            return (outcome, finding with { Kind = outcome.Hung ? "hang" : "violation", Signature = Quoted.Replace(finding.Signature, "'…'") });
        }
        catch (Exception exception)
        {
            return (null, Finding.FromException(exception));
        }
    }

    private void Work()
    {
        var end = options.Start + options.Count;
        while (!_hung)
        {
            var index = Interlocked.Increment(ref _next) - 1;
            if (index >= end) return;
            var sequence = generator.Make(index);
            var clock = Stopwatch.StartNew();
            var (outcome, finding) = Execute(sequence, options.TimeLimit);
            Record(index, outcome?.Messages ?? sequence.Count, clock.Elapsed);
            var memory = GC.GetTotalMemory(forceFullCollection: false);
            if (memory > MemoryBound && finding is null)
                finding = new Finding("violation", "the managed heap grew past the bound", $"{memory:N0} bytes of managed memory after sequence {index}, more than {MemoryBound:N0}");
            if (finding is null) continue;
            if (finding.Kind == "hang") _hung = true;
            Save(index, sequence, finding);
        }
    }

    private void Save(long index, IReadOnlyList<byte[]> sequence, Finding finding)
    {
        if (!_findings.IsNew(finding, index)) return;
        // A hang cannot be run again here (its thread is still stuck); anything else is cut down while it still shows.
        // The end (the final checkpoint on) stays: without it the server may stop before it has read what showed it.
        var end = sequence.Skip(SequenceGenerator.EndOf(sequence)).ToArray();
        var minimal = finding.Kind == "hang" ? null : Minimiser.Minimise(
            sequence.Take(sequence.Count - end.Length).ToArray(), candidate => Execute([.. candidate, .. end], options.TimeLimit).Finding?.Signature == finding.Signature, TimeSpan.FromSeconds(120));
        var seed = options.Seed.ToString(CultureInfo.InvariantCulture);
        var file = Transcript.Write(sequence);
        _findings.Save(finding, index, $"{sequence.Count} messages, {file.Length:N0} bytes", Transcript.Extension, file,
            minimal is null ? null : Transcript.Write([.. minimal, .. end]),
            $"dotnet run -c Release --project tests/fuzz/NegotiationDsl.Fuzz -- lsp-replay --seed {seed} --index {index.ToString(CultureInfo.InvariantCulture)}");
    }

    private void Record(long index, int messages, TimeSpan time)
    {
        Interlocked.Increment(ref _done);
        Interlocked.Add(ref _messages, messages);
        var memory = Environment.WorkingSet;
        lock (_gate)
        {
            _peakMemory = Math.Max(_peakMemory, memory);
            _slowest.Add((time, index, messages));
            _slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
            if (_slowest.Count > 5) _slowest.RemoveAt(5);
        }
    }

    private string Summary(TimeSpan elapsed)
    {
        lock (_gate)
        {
            var done = Interlocked.Read(ref _done);
            var messages = Interlocked.Read(ref _messages);
            var slowest = string.Join(";", _slowest.Select(s => string.Create(CultureInfo.InvariantCulture, $" {s.Time.TotalSeconds:0.00} s (sequence {s.Index}, {s.Messages} messages)")));
            return string.Create(CultureInfo.InvariantCulture,
                $"fuzz lsp: {done:N0} sequences, {messages:N0} messages in {elapsed.TotalSeconds:0.0} s ({done / Math.Max(elapsed.TotalSeconds, 0.001):0.0} sequences/s, {messages / Math.Max(elapsed.TotalSeconds, 0.001):N0} messages/s), peak working set {_peakMemory / (1024 * 1024):N0} MB\n  slowest:{slowest}");
        }
    }
}
