using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The language server that <c>negc lsp</c> runs, in this process, with its default settings, driven by a
/// StreamJsonRpc client over an in-memory duplex stream with the same LSP framing and JSON as stdio. A
/// caller announces the document version it will wait for before sending the edit that makes it, so a
/// publication that arrives at once is not missed.
/// </summary>
internal sealed class InProcessLanguageServer : IDisposable
{
    private readonly LanguageServerConnection _server;
    private readonly Task<int> _serverRun;
    private readonly JsonRpc _client;
    private readonly DiagnosticsWaiters _waiters = new();

    private InProcessLanguageServer(LanguageServerConnection server, Task<int> serverRun, JsonRpc client)
    {
        _server = server;
        _serverRun = serverRun;
        _client = client;
    }

    /// <summary>What the server advertised for <c>textDocumentSync.change</c>: 1 full text, 2 incremental.</summary>
    public int ChangeKind { get; private set; }

    public static InProcessLanguageServer Start(string workspaceFolder)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = new LanguageServerConnection(serverStream, serverStream, TextWriter.Null);
        var run = server.RunAsync();
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LanguageServerConnection.CreateFormatter()));
        var connection = new InProcessLanguageServer(server, run, client);
        client.AddLocalRpcTarget(connection._waiters, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        client.StartListening();

        var initialize = new { processId = (int?)null, rootUri = DocumentUris.FromPath(workspaceFolder), capabilities = new { } };
        var result = client.InvokeWithParameterObjectAsync<JsonElement>("initialize", initialize).GetAwaiter().GetResult();
        connection.ChangeKind = result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32();
        client.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
        // The workspace is read in the background: measure edits, not that first read.
        server.WhenDiskIdle().GetAwaiter().GetResult();
        return connection;
    }

    /// <summary>Registers interest in the diagnostics of one version; call before sending the notification that makes it.</summary>
    public Task<PublishDiagnosticsParams> Expect(string uri, int version) => _waiters.Expect(uri, version);

    public void Open(string uri, string text) =>
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neg", 1, text)))
            .GetAwaiter().GetResult();

    public void Change(string uri, int version, TextDocumentContentChangeEvent change) =>
        _client.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [change]))
            .GetAwaiter().GetResult();

    public void Dispose()
    {
        try
        {
            _client.InvokeWithParameterObjectAsync<object?>("shutdown", null).GetAwaiter().GetResult();
            _client.NotifyAsync("exit").GetAwaiter().GetResult();
            _serverRun.Wait(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _client.Dispose();
            _server.Dispose();
        }
    }

    /// <summary>The client's <c>textDocument/publishDiagnostics</c> handler: completes whoever waits for that version.</summary>
    private sealed class DiagnosticsWaiters
    {
        private readonly Dictionary<(string Uri, int Version), TaskCompletionSource<PublishDiagnosticsParams>> _waiting = new();

        public Task<PublishDiagnosticsParams> Expect(string uri, int version)
        {
            var waiter = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiting) _waiting[(uri, version)] = waiter;
            return waiter.Task;
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(PublishDiagnosticsParams diagnostics)
        {
            if (diagnostics.Version is not { } version) return;
            TaskCompletionSource<PublishDiagnosticsParams>? waiter;
            lock (_waiting)
            {
                if (!_waiting.Remove((diagnostics.Uri, version), out waiter)) return;
            }

            waiter.SetResult(diagnostics);
        }
    }
}
