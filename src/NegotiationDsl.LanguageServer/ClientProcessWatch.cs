using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Ends the server when the process that <c>initialize</c> named as its parent (<c>processId</c>) is gone, as
/// LSP asks: an editor that crashes may leave the pipes open (another process may hold them), and the
/// server would then live on unseen. Checked once a second on a timer: cheap, and it works for any process,
/// not only for children of ours, which are the only ones the OS reports the exit of.
/// </summary>
internal sealed class ClientProcessWatch(ServerLog log, Action stop) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private Timer? _timer;

    public void Start(int processId)
    {
        var timer = new Timer(_ => Check(processId), null, TimeSpan.Zero, Interval);
        if (Interlocked.CompareExchange(ref _timer, timer, null) is not null) timer.Dispose();
    }

    public void Dispose() => _timer?.Dispose();

    private void Check(int processId)
    {
        if (IsRunning(processId)) return;
        _timer?.Dispose();
        log.WriteLine($"the client process {processId} has exited; stopping.");
        stop();
    }

    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            // A dead parent that nobody has reaped yet is a zombie, and to the OS's checks it still exists.
            return !process.HasExited && !IsZombie(processId);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Linux only (elsewhere false): the state letter in /proc/PID/stat, after the parenthesised command name.</summary>
    private static bool IsZombie(int processId)
    {
        try
        {
#pragma warning disable RS0030 // The kernel's view of the client process, not a file of the user's: the input layer's rules do not apply.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
#pragma warning restore RS0030
            var afterName = stat.LastIndexOf(')');
            return afterName >= 0 && afterName + 2 < stat.Length && stat[afterName + 2] == 'Z';
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
