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
/// will wait for before sending the edit that makes it, so a publication that arrives at once is not missed. Whatever
/// goes wrong with the server (no answer in time, a lost connection) throws with what the server last logged, where the
/// caller can tell.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    /// <summary>Long enough for a keystroke or a shutdown on a loaded machine; a server silent for longer is stuck.</summary>
    private static readonly TimeSpan s_answerTimeout = TimeSpan.FromMinutes(2);

    private readonly JsonRpc _rpc;
    private readonly DiagnosticsWaiters _waiters;
    private readonly Func<string> _serverLog;

    private LanguageServerClient(JsonRpc rpc, DiagnosticsWaiters waiters, Func<string> serverLog)
    {
        _rpc = rpc;
        _waiters = waiters;
        _serverLog = serverLog;
    }

    /// <summary>What the server advertised for <c>textDocumentSync.change</c>: 1 full text, 2 incremental.</summary>
    public int ChangeKind { get; private set; }

    /// <summary>
    /// Connects, sends <c>initialize</c> for <paramref name="workspaceFolder"/> and <c>initialized</c>. <paramref name="serverLog"/>
    /// tells what the server logged lately, for the exceptions; the caller disposes the streams if this throws.
    /// </summary>
    public static LanguageServerClient Initialize(Stream toServer, Stream fromServer, string workspaceFolder, Func<string>? serverLog = null)
    {
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, LanguageServerConnection.CreateFormatter()));
        var waiters = new DiagnosticsWaiters();
        rpc.AddLocalRpcTarget(waiters, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        var client = new LanguageServerClient(rpc, waiters, serverLog ?? (() => ""));
        // A server that dies fails every wait at once instead of leaving it to the timeout.
        rpc.Disconnected += (_, disconnected) => waiters.FailAll(client.Failure($"the connection to the server was lost ({disconnected.Description})"));
        rpc.StartListening();
        try
        {
            var initialize = new { processId = (int?)null, rootUri = DocumentUris.FromPath(workspaceFolder), capabilities = new { } };
            var result = rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", initialize).WaitAsync(s_answerTimeout).GetAwaiter().GetResult();
            client.ChangeKind = result.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32();
            rpc.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
            return client;
        }
        catch (Exception exception)
        {
            rpc.Dispose();
            throw client.Failure("initialize failed", exception);
        }
    }

    /// <summary>Registers interest in the diagnostics of one version; call before sending the notification that makes it.</summary>
    public Task<PublishDiagnosticsParams> Expect(string uri, int version) => _waiters.Expect(uri, version);

    /// <summary>The publication <paramref name="expected"/> waits for; throws when it does not come in time or the server is gone.</summary>
    public PublishDiagnosticsParams Await(Task<PublishDiagnosticsParams> expected, string uri, int version)
    {
        // WaitAny, unlike Wait, does not wrap a lost connection's exception.
        if (Task.WaitAny([expected], s_answerTimeout) < 0) throw Failure($"no diagnostics for version {version} of {uri} within {s_answerTimeout.TotalSeconds:F0} s");
        return expected.GetAwaiter().GetResult();
    }

    public void Open(string uri, string text) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neg", 1, text)))
            .GetAwaiter().GetResult();

    public void Change(string uri, int version, TextDocumentContentChangeEvent change) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [change]))
            .GetAwaiter().GetResult();

    /// <summary><c>shutdown</c>, then <c>exit</c>: the server's orderly end; throws when it does not answer in time.</summary>
    public void Shutdown()
    {
        try
        {
            _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null).WaitAsync(s_answerTimeout).GetAwaiter().GetResult();
            _rpc.NotifyAsync("exit").WaitAsync(s_answerTimeout).GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            throw Failure("shutdown failed", exception);
        }
    }

    public void Dispose() => _rpc.Dispose();

    private InvalidOperationException Failure(string what, Exception? inner = null)
    {
        var log = _serverLog();
        return new InvalidOperationException(log.Length == 0 ? what : $"{what}; the server's last log lines:\n{log}", inner);
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

        public void FailAll(Exception exception)
        {
            TaskCompletionSource<PublishDiagnosticsParams>[] waiters;
            lock (_waiting)
            {
                waiters = [.. _waiting.Values];
                _waiting.Clear();
            }

            foreach (var waiter in waiters) waiter.TrySetException(exception);
        }
    }
}
