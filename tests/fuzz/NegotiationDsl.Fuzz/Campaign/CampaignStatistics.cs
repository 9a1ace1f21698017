using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using NegotiationDsl.Fuzz.Oracle;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>Counts per kind of input (how many parsed cleanly, how many reached the emitters) and the slowest inputs.</summary>
internal sealed class CampaignStatistics
{
    private readonly object _gate = new();
    private readonly Dictionary<InputKind, KindCounts> _kinds = Enum.GetValues<InputKind>().ToDictionary(kind => kind, _ => new KindCounts());
    private readonly List<(long Ticks, long Index, InputKind Kind, int Length)> _slowest = [];
    private long _done;

    public void Record(FuzzInput input, OracleOutcome? outcome, long ticks)
    {
        lock (_gate)
        {
            _done++;
            var counts = _kinds[input.Kind];
            counts.Inputs++;
            counts.Units += input.Length;
            counts.Ticks += ticks;
            if (outcome?.SyntaxClean == true) counts.SyntaxClean++;
            if (outcome?.ErrorFree == true) counts.ErrorFree++;
            if (_slowest.Count < 5 || ticks > _slowest[^1].Ticks)
            {
                _slowest.Add((ticks, input.Index, input.Kind, input.Length));
                _slowest.Sort((a, b) => b.Ticks.CompareTo(a.Ticks));
                if (_slowest.Count > 5) _slowest.RemoveAt(5);
            }
        }
    }

    public string ProgressLine(TimeSpan elapsed, long total, int findings)
    {
        lock (_gate)
        {
            var rate = _done / Math.Max(elapsed.TotalSeconds, 0.001);
            return string.Create(CultureInfo.InvariantCulture, $"fuzz: {_done:N0} of {total:N0} inputs in {elapsed.TotalSeconds:0} s ({rate:N0}/s), {findings} finding(s)");
        }
    }

    public string Summary(TimeSpan elapsed)
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"fuzz: {_done:N0} inputs in {elapsed.TotalSeconds:0.0} s ({_done / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s)\n");
            text.Append("  kind            inputs   mean size   clean parse   no errors   mean ms\n");
            foreach (var (kind, counts) in _kinds)
            {
                if (counts.Inputs == 0) continue;
                text.Append(CultureInfo.InvariantCulture,
                    $"  {kind,-13} {counts.Inputs,9:N0} {counts.Units / counts.Inputs,11:N0} {Percent(counts.SyntaxClean, counts.Inputs),13} {Percent(counts.ErrorFree, counts.Inputs),11} {Milliseconds(counts.Ticks / counts.Inputs),9}\n");
            }

            text.Append("  slowest:");
            foreach (var (ticks, index, kind, length) in _slowest)
                text.Append(CultureInfo.InvariantCulture, $" {Milliseconds(ticks)} ms (input {index}, {kind}, {length:N0} units);");
            return text.ToString().TrimEnd(';');
        }
    }

    private static string Percent(long part, long whole) => (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Milliseconds(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency).ToString("0.00", CultureInfo.InvariantCulture);

    private sealed class KindCounts
    {
        public long Inputs { get; set; }
        public long Units { get; set; }
        public long Ticks { get; set; }
        public long SyntaxClean { get; set; }
        public long ErrorFree { get; set; }
    }
}
