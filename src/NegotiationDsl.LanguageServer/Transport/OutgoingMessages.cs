using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// Everything the server sends goes through this one queue, written by one writer. Nothing that produces output
/// waits for the client to read it, so a client that stops reading stalls the writer alone, never the message loop,
/// the diagnostics or the ways the server stops. While the writer is behind, a message with a replacement key (a
/// document's diagnostics: each publication carries the whole list, so the newest is all a client needs) replaces
/// the one still waiting with the same key, which bounds them by the number of documents. Other messages (answers)
/// wait in order, up to a number of bytes beyond which the client counts as gone: it sent that many requests
/// without reading one answer.
/// </summary>
internal sealed class OutgoingMessages
{
    private readonly object _gate = new();
    private readonly Channel<Waiting> _queue = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, byte[]> _newestByKey = new(StringComparer.Ordinal);
    private readonly Stream _output;
    private readonly long _maxAnswerBytes;
    private readonly Action<string> _clientGone;
    private long _answerBytes;
    private long _replaceableBytes;
    private long _writingBytes;
    private bool _closed;
    private int _goneReported;

    /// <param name="clientGone">Called once, with the reason, when the client does not read (too many answers wait) or its end of the stream broke.</param>
    public OutgoingMessages(Stream output, long maxAnswerBytes, Action<string> clientGone)
    {
        _output = output;
        _maxAnswerBytes = maxAnswerBytes;
        _clientGone = clientGone;
    }

    /// <summary>The bytes of every message not written yet, the one being written included.</summary>
    public long PendingBytes
    {
        get
        {
            lock (_gate) return _answerBytes + _replaceableBytes + _writingBytes;
        }
    }

    /// <summary>Queues a message body; never blocks. A body with <paramref name="replacementKey"/> replaces a waiting one with the same key.</summary>
    public void Enqueue(byte[] body, string? replacementKey)
    {
        string? overflow = null;
        lock (_gate)
        {
            if (_closed) return;
            if (replacementKey is null)
            {
                if (_answerBytes + body.Length > _maxAnswerBytes)
                {
                    _closed = true;
                    overflow = $"the client has not read the server's answers ({_answerBytes + body.Length:N0} bytes wait, more than the {_maxAnswerBytes:N0} kept)";
                }
                else
                {
                    _answerBytes += body.Length;
                    _queue.Writer.TryWrite(new Waiting(body, null));
                }
            }
            else if (_newestByKey.TryGetValue(replacementKey, out var older))
            {
                _newestByKey[replacementKey] = body;
                _replaceableBytes += body.Length - older.Length;
                return;
            }
            else
            {
                _newestByKey[replacementKey] = body;
                _replaceableBytes += body.Length;
                _queue.Writer.TryWrite(new Waiting(null, replacementKey));
            }
        }

        if (overflow is not null) ClientGone(overflow);
    }

    /// <summary>Writes until <paramref name="stop"/>; the server waits for it only briefly, as a write may never end.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var body = Take(await _queue.Reader.ReadAsync(stop).ConfigureAwait(false));
                var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
                await _output.WriteAsync(header, stop).ConfigureAwait(false);
                await _output.WriteAsync(body, stop).ConfigureAwait(false);
                await _output.FlushAsync(stop).ConfigureAwait(false);
                lock (_gate) _writingBytes = 0;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            lock (_gate) _closed = true;
            ClientGone($"the client's end of the output broke ({exception.GetType().Name}: {exception.Message})");
        }
    }

    /// <summary>Resolves once every message queued so far has been written, or on <paramref name="cancellation"/>.</summary>
    public async Task DrainAsync(CancellationToken cancellation)
    {
        while (PendingBytes > 0 && !cancellation.IsCancellationRequested)
        {
            await Task.Delay(10, cancellation).ConfigureAwait(false);
        }
    }

    private void ClientGone(string reason)
    {
        if (Interlocked.Exchange(ref _goneReported, 1) == 0) _clientGone(reason);
    }

    private byte[] Take(Waiting next)
    {
        lock (_gate)
        {
            byte[] body;
            if (next.Key is null)
            {
                body = next.Body!;
                _answerBytes -= body.Length;
            }
            else
            {
                body = _newestByKey[next.Key];
                _newestByKey.Remove(next.Key);
                _replaceableBytes -= body.Length;
            }

            _writingBytes = body.Length;
            return body;
        }
    }

    private readonly record struct Waiting(byte[]? Body, string? Key);
}
