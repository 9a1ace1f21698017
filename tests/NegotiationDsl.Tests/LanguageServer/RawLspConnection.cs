using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Transport;
using NegotiationDsl.Tests.Infrastructure;
using Nerdbank.Streams;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// An in-process server driven byte by byte, for input no real client would send: the test writes raw frames
/// (or raw bytes) and reads the server's answers as JSON.
/// </summary>
internal sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _client;
    private readonly LspFrameReader _answers;
    private readonly LanguageServerConnection _server;
    private readonly List<JsonElement> _notifications = [];

    private RawLspConnection(Stream client, LanguageServerConnection server, Task<int> run)
    {
        _client = client;
        _answers = new LspFrameReader(client);
        _server = server;
        Run = run;
    }

    /// <summary>The server's exit code, once it has stopped.</summary>
    public Task<int> Run { get; }

    public LanguageServerConnection Server => _server;

    public static RawLspConnection Start(LanguageServerLimits? limits = null, TextWriter? log = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = new LanguageServerConnection(serverStream, serverStream, log ?? TextWriter.Null, limits);
        return new RawLspConnection(clientStream, server, server.RunAsync());
    }

    public Task SendAsync(object message) => SendBodyAsync(JsonSerializer.Serialize(message));

    public Task SendBodyAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return SendBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), bytes);
    }

    public async Task SendBytesAsync(params byte[][] parts)
    {
        foreach (var part in parts) await _client.WriteAsync(part);
        await _client.FlushAsync();
    }

    /// <summary>The next message from the server that is not a notification (those are kept for <see cref="ReceiveNotificationAsync"/>).</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(HangGuard.Time);
        while (true)
        {
            var message = await ReadMessageAsync(timeout.Token);
            if (!message.TryGetProperty("method", out _)) return message;
            _notifications.Add(message);
        }
    }

    /// <summary>The first notification, received or to come, that satisfies <paramref name="predicate"/> (answers that come first are dropped).</summary>
    public async Task<JsonElement> ReceiveNotificationAsync(Func<JsonElement, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(HangGuard.Time);
        foreach (var kept in _notifications)
        {
            if (predicate(kept)) return kept;
        }

        while (true)
        {
            var message = await ReadMessageAsync(timeout.Token);
            if (message.TryGetProperty("method", out _) && predicate(message)) return message;
        }
    }

    private async Task<JsonElement> ReadMessageAsync(CancellationToken cancellation)
    {
        var body = await _answers.ReadAsync(cancellation) ?? throw new EndOfStreamException("the server closed its output");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<JsonElement> InitializeAsync(int? processId = null)
    {
        await SendAsync(new { jsonrpc = "2.0", id = 0, method = "initialize", @params = new { processId, capabilities = new { } } });
        return await ReceiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
        }

        _server.Dispose();
    }
}
