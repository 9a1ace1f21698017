using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// A StreamJsonRpc client of the language server with the LSP framing and the server's own JSON, over whatever streams
/// reach it (an in-memory pipe or a child process's stdin and stdout). A caller announces the document version it
/// will wait for before sending the edit that makes it, so a publication that arrives at once is not missed.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly DiagnosticsWaiters _waiters;

    private LanguageServerClient(JsonRpc rpc, int changeKind, DiagnosticsWaiters waiters)
    {
        _rpc = rpc;
        ChangeKind = changeKind;
        _waiters = waiters;
    }

    /// <summary>What the server advertised for <c>textDocumentSync.change</c>: 1 full text, 2 incremental.</summary>
    public int ChangeKind { get; }

    /// <summary>Connects, sends <c>initialize</c> for <paramref name="workspaceFolder"/> and <c>initialized</c>.</summary>
    public static LanguageServerClient Initialize(Stream toServer, Stream fromServer, string workspaceFolder)
    {
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, LanguageServerConnection.CreateFormatter()));
        var waiters = new DiagnosticsWaiters();
        rpc.AddLocalRpcTarget(waiters, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        var initialize = new { processId = (int?)null, rootUri = DocumentUris.FromPath(workspaceFolder), capabilities = new { } };
        var result = rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", initialize).GetAwaiter().GetResult();
        var changeKind = result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32();
        rpc.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
        return new LanguageServerClient(rpc, changeKind, waiters);
    }

    /// <summary>Registers interest in the diagnostics of one version; call before sending the notification that makes it.</summary>
    public Task<PublishDiagnosticsParams> Expect(string uri, int version) => _waiters.Expect(uri, version);

    public void Open(string uri, string text) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neg", 1, text)))
            .GetAwaiter().GetResult();

    public void Change(string uri, int version, TextDocumentContentChangeEvent change) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [change]))
            .GetAwaiter().GetResult();

    /// <summary><c>shutdown</c>, then <c>exit</c>: the server's orderly end.</summary>
    public void Shutdown()
    {
        _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null).GetAwaiter().GetResult();
        _rpc.NotifyAsync("exit").GetAwaiter().GetResult();
    }

    public void Dispose() => _rpc.Dispose();

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
