using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// Reads the LSP base protocol: <c>Name: value</c> header lines ending in CRLF, an empty line, then exactly
/// Content-Length bytes of body. A body is handed on whatever it holds (its JSON is checked later, and a bad
/// one costs only that message). A bad header is different: the stream has no other markers, so nothing after
/// it can be trusted to start a message, and <see cref="BadRpcHeaderException"/> ends the connection. Limits
/// keep a hostile header from making the server wait or allocate without end.
/// </summary>
/// <param name="maxContentLength">The largest body accepted (<see cref="LanguageServerLimits.MessageBytes"/>).</param>
internal sealed class LspFrameReader(Stream input, int maxContentLength = LanguageServerLimits.MinMessageBytes)
{
    private const int MaxHeaderBytes = 8 * 1024;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next message body, or null when the input ends between messages.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellation)
    {
        int? contentLength = null;
        var line = new StringBuilder();
        for (var headerBytes = 0; ; headerBytes++)
        {
            var next = await ReadByteAsync(cancellation).ConfigureAwait(false);
            if (next < 0)
            {
                if (headerBytes == 0) return null;
                throw new BadRpcHeaderException("the input ended inside a message header");
            }

            if (headerBytes >= MaxHeaderBytes) throw new BadRpcHeaderException($"a message header longer than {MaxHeaderBytes} bytes");
            if (next != '\n')
            {
                // Checked byte by byte so that a client that sends bare JSON fails at its first '{', not after a timeout.
                if (line.Length == 0 && next != '\r' && !IsTokenByte(next)) throw new BadRpcHeaderException($"expected a header such as 'Content-Length: 42', found byte 0x{next:x2}");
                if (next >= 0x80) throw new BadRpcHeaderException("a message header with a non-ASCII byte");
                line.Append((char)next);
                continue;
            }

            var text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0) break;
            contentLength = ReadHeaderLine(text, contentLength);
        }

        if (contentLength is not { } length) throw new BadRpcHeaderException("a message without a Content-Length header");
        return await ReadBodyAsync(length, cancellation).ConfigureAwait(false);
    }

    /// <summary>The Content-Length so far after one header line; other headers (Content-Type) are accepted and ignored: LSP is always UTF-8.</summary>
    private int? ReadHeaderLine(string line, int? contentLength)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) throw new BadRpcHeaderException($"a header line without 'name:': '{Shorten(line)}'");
        for (var i = 0; i < colon; i++)
        {
            if (!IsTokenByte(line[i])) throw new BadRpcHeaderException($"a header name with a character not allowed in it: '{Shorten(line)}'");
        }

        if (!line.AsSpan(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) return contentLength;
        if (contentLength is not null) throw new BadRpcHeaderException("a message with two Content-Length headers");
        var value = line.AsSpan(colon + 1).Trim(' ');
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            throw new BadRpcHeaderException($"a Content-Length that is not a number: '{Shorten(line)}'");
        if (length > maxContentLength) throw new BadRpcHeaderException($"a Content-Length of {length} bytes, more than the {maxContentLength} accepted");
        return (int)length;
    }

    private async Task<byte[]> ReadBodyAsync(int length, CancellationToken cancellation)
    {
        var body = new byte[length];
        var buffered = Math.Min(length, _end - _start);
        Array.Copy(_buffer, _start, body, 0, buffered);
        _start += buffered;
        for (var read = buffered; read < length;)
        {
            var count = await ReadInputAsync(body.AsMemory(read), cancellation).ConfigureAwait(false);
            if (count == 0) throw new EndOfStreamException($"the input ended after {read} of the {length} bytes a message announced");
            read += count;
        }

        return body;
    }

    private async ValueTask<int> ReadByteAsync(CancellationToken cancellation)
    {
        if (_start == _end)
        {
            _start = 0;
            _end = await ReadInputAsync(_buffer, cancellation).ConfigureAwait(false);
            if (_end == 0) return -1;
        }

        return _buffer[_start++];
    }

    /// <summary>
    /// A read that ends when <paramref name="cancellation"/> does, even on streams that only look at the token when
    /// the read starts (stdin): the server must be able to stop while the client is silent.
    /// </summary>
    private Task<int> ReadInputAsync(Memory<byte> destination, CancellationToken cancellation) =>
        input.ReadAsync(destination, cancellation).AsTask().WaitAsync(cancellation);

    /// <summary>The characters HTTP allows in a header name (RFC 9110 'tchar').</summary>
    private static bool IsTokenByte(int c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ||
        c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
