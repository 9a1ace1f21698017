using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.LanguageServer.Transport;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The language server on a pair of streams (stdin/stdout for <c>negc lsp</c>, in-memory pipes in
/// tests): LSP base protocol framing, System.Text.Json with camelCase names, and one handler object per
/// feature (<see cref="LanguageFeatures"/>; <see cref="LifecycleHandler"/> advertises them). Requests and
/// notifications run one at a time in the order they arrived, so an edit is applied before the hover that follows it; diagnostics are computed off that path by the
/// <see cref="DiagnosticsPublisher"/>. Unknown methods get MethodNotFound, a handler's exception becomes
/// an error response, and nothing but protocol messages is written to the output stream. Hostile input is
/// met in <see cref="LspMessageHandler"/>; output goes through <see cref="OutgoingMessages"/>, so a client
/// that stops reading never blocks the server. The server stops when its input ends, when its client process
/// is gone (<see cref="ClientProcessWatch"/>), when its client stopped reading, or on <c>exit</c>.
/// </summary>
internal sealed class LanguageServerConnection : IDisposable
{
    /// <summary>How long a stopping server waits for its last output and diagnostics: a write to a client that does not read never ends.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly JsonRpc _rpc;
    private readonly OutgoingMessages _output;
    private readonly LspMessageHandler _messages;
    private readonly DiagnosticsPublisher _publisher;
    private readonly LifecycleGate _gate = new();
    private readonly ClientProcessWatch _clientWatch;
    private readonly LogQueue _logQueue;
    private readonly ServerLog _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _writing = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="files">The disk as the input layer reads it; tests pass a slow or failing one.</param>
    public LanguageServerConnection(Stream input, Stream output, TextWriter log, LanguageServerLimits? limits = null, IInputFileSystem? files = null)
    {
        limits ??= LanguageServerLimits.Default;
        _logQueue = new LogQueue(log);
        _log = new ServerLog(_logQueue);
        _output = new OutgoingMessages(output, limits.PendingOutputBytes, StopForClient);
        _messages = new LspMessageHandler(input, _output, CreateServerFormatter(), _gate, limits.MessageBytes);
        _rpc = new LanguageServerRpc(_messages, _log)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        _rpc.Disconnected += LogDisconnection;

        Workspace = new Workspace(_log, limits.DocumentBytes, files);
        var commitments = new CommitmentsWatch(changed => _rpc.NotifyWithParameterObjectAsync(CommitmentsWatch.Method, changed));
        _publisher = new DiagnosticsPublisher(Workspace, Publish, commitments, _log, limits.DiagnosticsPerDocument);
        Workspace.FolderChanged += _publisher.Enqueue;
        _clientWatch = new ClientProcessWatch(_log, Exit);
        Features = LanguageFeatures.Create(Workspace, _publisher, commitments);
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        _rpc.AddLocalRpcTarget(new LifecycleHandler(Workspace, _clientWatch, Exit, Features), options);
        foreach (var feature in Features) _rpc.AddLocalRpcTarget(feature.GetType(), feature, options);
    }

    /// <summary>The documents as the server holds them (for tests and the fuzzing campaign, which compare them with the client's).</summary>
    internal Workspace Workspace { get; }

    /// <summary>The feature handlers that answer requests, one of each <see cref="LanguageFeatures.Types"/>.</summary>
    internal IReadOnlyList<ILanguageFeature> Features { get; }

    /// <summary>The bytes of output not yet written to the client.</summary>
    internal long PendingOutputBytes => _output.PendingBytes;

    /// <summary>0 after <c>shutdown</c> then <c>exit</c>, 1 when the client went away without shutting down.</summary>
    public async Task<int> RunAsync()
    {
        // Never awaited: a write to a client that does not read may never end. It writes on after RunAsync
        // (an answer may come late) until the connection is disposed.
        _ = Task.Run(() => _output.RunAsync(_writing.Token));
        var diagnostics = Task.Run(() => _publisher.RunAsync(_stop.Token));
        _rpc.StartListening();
        // After 'exit' the input stream may still be open (a blocked read of stdin never ends by itself): do not wait for it.
        await Task.WhenAny(_rpc.Completion, _exited.Task).ConfigureAwait(false);

        await _stop.CancelAsync().ConfigureAwait(false);
        _publisher.Complete();
        await WithinGraceAsync(diagnostics).ConfigureAwait(false);
        using (var grace = new CancellationTokenSource(StopGrace)) await WithinGraceAsync(DrainAsync(grace.Token)).ConfigureAwait(false);
        _logQueue.Complete();
        await WithinGraceAsync(_logQueue.Writing).ConfigureAwait(false);
        return _gate.ShutdownArrived ? 0 : 1;
    }

    /// <summary>The JSON the server speaks (camelCase names, nulls left out); in-process clients use the same.</summary>
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    /// <summary>
    /// The server's formatter also refuses parameters that lack a member the protocol requires, or hold null where
    /// it allows none: a request gets InvalidParams and a notification is dropped, so that no handler meets a null
    /// it did not declare (it used to fail inside, an internal error).
    /// </summary>
    private static SystemTextJsonFormatter CreateServerFormatter()
    {
        var formatter = CreateFormatter();
        formatter.JsonSerializerOptions.RespectRequiredConstructorParameters = true;
        formatter.JsonSerializerOptions.RespectNullableAnnotations = true;
        return formatter;
    }

    /// <summary>Completes when the workspace's disk work queued so far is done (tests wait for it instead of sleeping).</summary>
    internal Task WhenDiskIdle() => Workspace.WhenDiskIdle();

    public void Dispose()
    {
        Workspace.Dispose();
        _clientWatch.Dispose();
        _rpc.Dispose();
        _publisher.Dispose();
        _writing.Cancel();
        _writing.Dispose();
        _stop.Dispose();
        _logQueue.Dispose();
    }

    private Task Publish(PublishDiagnosticsParams diagnostics) => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", diagnostics);

    private void Exit() => _exited.TrySetResult();

    private void StopForClient(string reason)
    {
        _log.WriteLine($"{reason}; stopping.");
        Exit();
    }

    /// <summary>Until every request read before the stop has its answer written (a shutdown's, say, right before <c>exit</c>).</summary>
    private async Task DrainAsync(CancellationToken grace)
    {
        while (_messages.UnansweredRequests > 0) await Task.Delay(10, grace).ConfigureAwait(false);
        await _output.DrainAsync(grace).ConfigureAwait(false);
    }

    /// <summary>Waits for <paramref name="task"/> at most <see cref="StopGrace"/>; what it does after that no longer matters.</summary>
    private static async Task WithinGraceAsync(Task task)
    {
        try
        {
            await task.WaitAsync(StopGrace).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
        }
    }

    /// <summary>One line on the log for why the connection ended (a broken header, a lost pipe); never a stack trace.</summary>
    private void LogDisconnection(object? sender, JsonRpcDisconnectedEventArgs disconnection)
    {
        if (disconnection.Reason == DisconnectedReason.LocallyDisposed) return;
        var cause = disconnection.Exception is { } exception ? $"{exception.GetType().Name}: {exception.Message}" : disconnection.Description;
        _log.WriteLine($"the connection ended ({disconnection.Reason}): {cause}");
    }
}
