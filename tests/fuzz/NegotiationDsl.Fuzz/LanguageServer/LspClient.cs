using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Transport;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// The fuzzing client's end of the pipes: writes framed bodies as they are, and reads everything the server writes
/// (answers by id, the newest diagnostics per document), except while it pauses, as a busy editor might.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly LspFrameReader _frames;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _answerCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Publication> _published = new(StringComparer.Ordinal);
    private readonly Task _reading;
    private Task _resume = Task.CompletedTask;
    private bool _inputEnded;

    public LspClient(Stream stream)
    {
        _stream = stream;
        _frames = new LspFrameReader(stream, int.MaxValue);
        _reading = Task.Run(ReadAsync);
    }

    public async Task SendAsync(byte[] body)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), _stop.Token);
        await _stream.WriteAsync(body, _stop.Token);
        await _stream.FlushAsync(_stop.Token);
    }

    /// <summary>Reads nothing for a while: the pipe fills, and the server's writes wait.</summary>
    public void PauseReading(TimeSpan pause) => Volatile.Write(ref _resume, Task.Delay(pause));

    /// <summary>Closes the client's side, so that the server's input ends; nothing is read after it.</summary>
    public void EndInput()
    {
        Volatile.Write(ref _inputEnded, true);
        _stream.Dispose();
    }

    /// <summary>The answer to the request with this id (as <see cref="Expectation.Id"/> spells it), or null after <paramref name="limit"/>.</summary>
    public async Task<JsonElement?> AnswerAsync(string id, TimeSpan limit)
    {
        try
        {
            return await Waiter(id).Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public int AnswerCount(string id) => _answerCounts.GetValueOrDefault(id);

    public Publication? LastPublication(string uri)
    {
        lock (_published) return _published.GetValueOrDefault(uri);
    }

    /// <summary>The newest publication for <paramref name="uri"/> once it satisfies <paramref name="condition"/>, or null at <paramref name="deadline"/>.</summary>
    public async Task<Publication?> PublicationAsync(string uri, Func<Publication, bool> condition, DateTime deadline, bool absentIsFine = false)
    {
        while (true)
        {
            var last = LastPublication(uri);
            if (last is null && absentIsFine) return new Publication(null, []);
            if (last is not null && condition(last)) return last;
            if (DateTime.UtcNow > deadline) return null;
            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        EndInput();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or IOException)
        {
        }

        _stop.Dispose();
    }

    private TaskCompletionSource<JsonElement> Waiter(string id) => _answers.GetOrAdd(id, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ReadAsync()
    {
        while (true)
        {
            await Volatile.Read(ref _resume).WaitAsync(_stop.Token);
            byte[]? body;
            try
            {
                body = await _frames.ReadAsync(_stop.Token);
            }
            catch (Exception exception) when (Volatile.Read(ref _inputEnded) && exception is InvalidOperationException or ObjectDisposedException or IOException)
            {
                return;
            }

            if (body is null) return;
            var message = JsonDocument.Parse(body).RootElement.Clone();
            if (message.TryGetProperty("method", out var method))
            {
                if (method.GetString() == "textDocument/publishDiagnostics") Record(message.GetProperty("params"));
                continue;
            }

            if (IdOf(message.GetProperty("id")) is { } id)
            {
                _answerCounts.AddOrUpdate(id, 1, (_, count) => count + 1);
                Waiter(id).TrySetResult(message);
            }
        }
    }

    private void Record(JsonElement parameters)
    {
        var uri = parameters.GetProperty("uri").GetString()!;
        int? version = parameters.TryGetProperty("version", out var v) ? v.GetInt32() : null;
        var diagnostics = parameters.GetProperty("diagnostics").EnumerateArray().Select(d => new PublishedDiagnostic(d.GetProperty("code").GetString()!, RangeOf(d.GetProperty("range")))).ToList();
        lock (_published) _published[uri] = new Publication(version, diagnostics);
    }

    private static LspText.Range RangeOf(JsonElement range) => new(PositionOf(range.GetProperty("start")), PositionOf(range.GetProperty("end")));

    private static LspText.Position PositionOf(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    /// <summary>The id as <see cref="ClientModel"/> spells it; null for a null id (an answer to a message whose id could not be read).</summary>
    private static string? IdOf(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number => id.GetInt64().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => "\"" + id.GetString() + "\"",
        _ => null,
    };
}

internal sealed record Publication(int? Version, IReadOnlyList<PublishedDiagnostic> Diagnostics);

internal sealed record PublishedDiagnostic(string Code, LspText.Range Range);
