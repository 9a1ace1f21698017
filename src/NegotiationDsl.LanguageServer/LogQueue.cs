using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Where the server's log (<see cref="ServerLog"/>; stderr for <c>negc lsp</c>) is written without ever blocking or throwing: text goes through a
/// bounded queue to one writer, so a client that stops reading stderr as well as stdout, or whose end of it broke,
/// can neither stall the server nor take it down. What does not fit in the queue is counted, and the count is
/// logged once the queue has run empty.
/// </summary>
internal sealed class LogQueue : TextWriter
{
    private const int Capacity = 1000;
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly TextWriter _target;
    private int _dropped;

    public LogQueue(TextWriter target)
    {
        _target = target;
        Writing = Task.Run(WriteAsync);
    }

    /// <summary>Ends once <see cref="Complete"/> was called and everything before it was written, or the target broke.</summary>
    public Task Writing { get; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value) && !_queue.Writer.TryWrite(value)) Interlocked.Increment(ref _dropped);
    }

    public override void WriteLine(string? value) => Write(value + NewLine);

    public void Complete() => _queue.Writer.TryComplete();

    protected override void Dispose(bool disposing)
    {
        if (disposing) Complete();
        base.Dispose(disposing);
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var text in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                _target.Write(text);
                // Said where the queue ran empty, which is after the messages that were dropped.
                if (!_queue.Reader.TryPeek(out _) && Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                    _target.Write($"{ServerLog.Prefix}{dropped} log messages were dropped: the log was not read{NewLine}");
                _target.Flush();
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // Nobody reads the log any more; what is queued is dropped with it.
        }
    }
}
