using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;

namespace NegotiationDsl.Benchmarks.Breakdown;

/// <summary>
/// Which types a piece of work allocates, sampled from the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type that crossed the mark), so each type's share of the samples estimates its share of the bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _recording;

    /// <summary>The <paramref name="top"/> types by sampled bytes while <paramref name="work"/> ran, as "type: MB" lines.</summary>
    public IEnumerable<string> Sample(Action work, int top)
    {
        lock (_gate) _bytes.Clear();
        _recording = true;
        work();
        // The runtime hands its events to listeners on a thread of its own, a little later.
        Thread.Sleep(1500);
        _recording = false;
        lock (_gate)
        {
            return _bytes.OrderByDescending(pair => pair.Value).Take(top)
                .Select(pair => FormattableString.Invariant($"{pair.Value / 1e6,7:F1} MB  {pair.Key}")).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        var names = eventData.PayloadNames!;
        var type = (string?)eventData.Payload[names.IndexOf("TypeName")] ?? "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var index ? Convert.ToInt64(eventData.Payload[index], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_gate) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
}
