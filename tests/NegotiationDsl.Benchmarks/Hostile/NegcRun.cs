using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>One negc process of a hostile case, its output read as it comes and its peak memory watched.</summary>
internal sealed class NegcRun
{
    private Process _process = null!;
    private Task<string> _output = null!;
    private Task<string> _error = null!;

    public PeakMemory Peak { get; private set; } = null!;
    public bool Hung { get; private set; }
    public int ExitCode { get; private set; }
    public string Printed { get; private set; } = "";

    public static NegcRun Start(ProcessStartInfo start)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        return new NegcRun { _process = process, Peak = PeakMemory.Watch(process), _output = Task.Run(process.StandardOutput.ReadToEnd), _error = Task.Run(process.StandardError.ReadToEnd) };
    }

    /// <summary>Waits for the process until <paramref name="deadline"/>, then kills it as hung.</summary>
    public void Finish(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        Hung = !_process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        if (Hung) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        ExitCode = _process.ExitCode;
        Printed = _output.Result + _error.Result;
        _process.Dispose();
    }
}
