using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The peak resident memory of a running child, read from Linux's <c>/proc/PID/status</c> (VmHWM, the
/// high-water mark the kernel keeps) until the child exits. .NET's PeakWorkingSet64 cannot be read after
/// exit, and the high-water mark needs no sampling luck: the last read before exit is the peak so far.
/// </summary>
internal sealed class PeakMemory
{
    private long _kilobytes;

    public long Megabytes => Interlocked.Read(ref _kilobytes) / 1024;

    public static PeakMemory Watch(Process process)
    {
        var peak = new PeakMemory();
        // The path is made here: the caller may dispose of the process object before the poller notices the exit.
        var status = $"/proc/{process.Id}/status";
        var thread = new Thread(() => peak.Poll(process, status)) { IsBackground = true, Name = "peak memory" };
        thread.Start();
        return peak;
    }

    private void Poll(Process process, string status)
    {
        while (true)
        {
            try
            {
                if (process.HasExited) return;
                foreach (var line in File.ReadLines(status))
                {
                    if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                    var kilobytes = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                    if (kilobytes > Interlocked.Read(ref _kilobytes)) Interlocked.Exchange(ref _kilobytes, kilobytes);
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException)
            {
                // The process is gone, or its owner has already disposed of it.
                return;
            }

            Thread.Sleep(2);
        }
    }
}
