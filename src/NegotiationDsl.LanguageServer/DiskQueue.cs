using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The workspace's disk work (walking the workspace folder, reading files and configuration), one job at a time
/// on a thread of its own, in the order it was asked for. The message loop only queues work here and never
/// waits for it, so a read that takes long or never returns (a hung network share) delays that work and what
/// was queued after it, but never an answer to the editor.
/// </summary>
internal sealed class DiskQueue : IDisposable
{
    private readonly BlockingCollection<(Action Work, TaskCompletionSource Done)> _jobs = new();
    private readonly ServerLog _log;
    private readonly object _gate = new();
    private Thread? _thread;

    public DiskQueue(ServerLog log) => _log = log;

    /// <summary>Queues <paramref name="work"/>; the task completes when it has run (faulted if it threw).</summary>
    public Task Run(Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _jobs.Add((work, done));
        }
        catch (InvalidOperationException)
        {
            // The server is stopping: the work is dropped.
            done.TrySetCanceled();
            return done.Task;
        }

        StartOnce();
        return done.Task;
    }

    /// <summary>Completes when everything queued so far has run.</summary>
    public Task WhenIdle() => Run(() => { });

    public void Dispose() => _jobs.CompleteAdding();

    private void StartOnce()
    {
        lock (_gate)
        {
            if (_thread is not null) return;
            // A thread of its own rather than the pool's: a job may block for as long as the disk does.
            _thread = new Thread(Work) { IsBackground = true, Name = "negc lsp disk" };
            _thread.Start();
        }
    }

    private void Work()
    {
        foreach (var (work, done) in _jobs.GetConsumingEnumerable())
        {
            try
            {
                work();
                done.TrySetResult();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _log.WriteLine($"reading the disk failed: {exception.GetType().Name}: {exception.Message}");
                done.TrySetException(exception);
            }
        }
    }
}
