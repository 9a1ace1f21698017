using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using NegotiationDsl.Cli.Input.Files;
using NegotiationDsl.Cli.LanguageServer.Handlers;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using NegotiationDsl.Cli.LanguageServer.Transport;
using StreamJsonRpc;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// The language server on a pair of streams (stdin/stdout for <c>negc lsp</c>, in-memory pipes in
/// tests): LSP base protocol framing, System.Text.Json with camelCase names, and one handler object per
/// feature. Requests and notifications run one at a time in the order they arrived, so an edit is applied
/// before the hover that follows it; diagnostics are computed off that path by the
/// <see cref="DiagnosticsPublisher"/>. Unknown methods get MethodNotFound, a handler's exception becomes
/// an error response, and nothing but protocol messages is written to the output stream. Hostile input is
/// met in <see cref="LspMessageHandler"/>; the server stops when its input ends, when its client process is
/// gone (<see cref="ClientProcessWatch"/>) or on <c>exit</c>.
/// </summary>
internal sealed class LanguageServerConnection : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly Workspace _workspace;
    private readonly DiagnosticsPublisher _publisher;
    private readonly LifecycleHandler _lifecycle;
    private readonly LifecycleGate _gate = new();
    private readonly ClientProcessWatch _clientWatch;
    private readonly ServerLog _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="files">The disk as the input layer reads it; tests pass a slow or failing one.</param>
    public LanguageServerConnection(Stream input, Stream output, TextWriter log, IInputFileSystem? files = null)
    {
        _log = new ServerLog(log);
        _rpc = new LanguageServerRpc(new LspMessageHandler(input, output, CreateFormatter(), _gate), _log)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        _rpc.Disconnected += LogDisconnection;

        var workspace = _workspace = new Workspace(_log, files);
        _publisher = new DiagnosticsPublisher(workspace, Publish, _log);
        workspace.FolderChanged += _publisher.Enqueue;
        _clientWatch = new ClientProcessWatch(_log, Exit);
        _lifecycle = new LifecycleHandler(workspace, _clientWatch, Exit);
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        foreach (var handler in Handlers(workspace)) _rpc.AddLocalRpcTarget(handler, options);
    }

    /// <summary>0 after <c>shutdown</c> then <c>exit</c>, 1 when the client went away without shutting down.</summary>
    public async Task<int> RunAsync()
    {
        var diagnostics = Task.Run(() => _publisher.RunAsync(_stop.Token));
        _rpc.StartListening();
        try
        {
            // After 'exit' the input stream may still be open (a blocked read of stdin never ends by itself): do not wait for it.
            await Task.WhenAny(_rpc.Completion, _exited.Task).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client closed the streams.
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _publisher.Complete();
        await diagnostics.ConfigureAwait(false);
        return _gate.ShutdownArrived ? 0 : 1;
    }

    /// <summary>The JSON the server speaks (camelCase names, nulls left out); in-process clients use the same.</summary>
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.Converters.Add(new LenientStringConverter());
        return formatter;
    }

    /// <summary>Completes when the workspace's disk work queued so far is done (tests wait for it instead of sleeping).</summary>
    internal Task WhenDiskIdle() => _workspace.WhenDiskIdle();

    public void Dispose()
    {
        _workspace.Dispose();
        _clientWatch.Dispose();
        _rpc.Dispose();
        _publisher.Dispose();
        _stop.Dispose();
    }

    private object[] Handlers(Workspace workspace) =>
    [
        _lifecycle,
        new TextDocumentSyncHandler(workspace, _publisher),
        new HoverHandler(workspace),
        new DefinitionHandler(workspace),
        new ReferencesHandler(workspace),
        new DocumentHighlightHandler(workspace),
        new RenameHandler(workspace),
        new CompletionHandler(workspace),
        new DocumentSymbolHandler(workspace),
        new WorkspaceSymbolHandler(workspace),
        new FoldingRangeHandler(workspace),
        new SemanticTokensHandler(workspace),
        new FormattingHandler(workspace),
        new InlayHintHandler(workspace),
        new CodeActionHandler(workspace),
    ];

    private Task Publish(PublishDiagnosticsParams diagnostics) => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", diagnostics);

    private void Exit() => _exited.TrySetResult();

    /// <summary>One line on the log for why the connection ended (a broken header, a lost pipe); never a stack trace.</summary>
    private void LogDisconnection(object? sender, JsonRpcDisconnectedEventArgs disconnection)
    {
        if (disconnection.Reason == DisconnectedReason.LocallyDisposed) return;
        var cause = disconnection.Exception is { } exception ? $"{exception.GetType().Name}: {exception.Message}" : disconnection.Description;
        _log.WriteLine($"the connection ended ({disconnection.Reason}): {cause}");
    }
}
