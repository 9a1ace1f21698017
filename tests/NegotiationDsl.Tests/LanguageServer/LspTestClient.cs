using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Nerdbank.Streams;
using StreamJsonRpc;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// A language client talking to an in-process server over an in-memory duplex stream, with the same
/// framing and JSON settings as <c>negc lsp</c>. Collects published diagnostics.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly LanguageServerConnection _server;
    private readonly Task<int> _serverRun;
    private readonly DiagnosticsSink _sink = new();

    private LspTestClient(LanguageServerConnection server, Task<int> serverRun, JsonRpc rpc)
    {
        _server = server;
        _serverRun = serverRun;
        _rpc = rpc;
    }

    /// <summary>The examples' register of shared parties and persons, which the other folders use.</summary>
    public static string ActorsPath => Path.Combine(RepoPaths.Examples, "actors", "actors.neg");
    public static string GenevaPath => Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg");
    public static string FollowupPath => Path.Combine(RepoPaths.Examples, "geneva-2022-followup", "geneva-2022-followup.neg");

    public JsonElement Capabilities { get; private set; }

    /// <param name="files">The disk the server reads (null: the real one).</param>
    /// <param name="log">Where the server's stderr log goes (null: nowhere).</param>
    /// <param name="limits">The server's limits (null: the defaults).</param>
    public static async Task<LspTestClient> StartAsync(string? rootPath = null, IInputFileSystem? files = null, bool waitForDisk = true, TextWriter? log = null, LanguageServerLimits? limits = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = new LanguageServerConnection(serverStream, serverStream, log ?? TextWriter.Null, limits, files);
        var run = server.RunAsync();
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, CreateFormatter()));
        var client = new LspTestClient(server, run, rpc);
        rpc.AddLocalRpcTarget(client._sink, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();

        var root = rootPath ?? RepoPaths.Examples;
        var result = await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, rootUri = Uri(root), capabilities = new { } });
        client.Capabilities = result.GetProperty("capabilities");
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });
        // The server reads the workspace in the background; the tests start from a workspace that is read.
        if (waitForDisk) await server.WhenDiskIdle();
        return client;
    }

    /// <summary>
    /// Waits until the server has handled every message sent so far (a request is answered after the notifications
    /// before it) and the disk work they queued (the other files of a newly opened folder) is done.
    /// </summary>
    public async Task SettleAsync()
    {
        await _rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/foldingRange", new { textDocument = new { uri = "untitled:settle" } });
        await _server.WhenDiskIdle();
    }

    public static SystemTextJsonFormatter CreateFormatter() => LanguageServerConnection.CreateFormatter();

    public static string Uri(string path) => DocumentUris.FromPath(Path.GetFullPath(path));

    public Task<T> RequestAsync<T>(string method, object parameters) => _rpc.InvokeWithParameterObjectAsync<T>(method, parameters);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string path, string? text = null)
    {
        var uri = Uri(path);
        await _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neg", 1, text ?? File.ReadAllText(path))));
        await SettleAsync();
        return uri;
    }

    public Task ChangeAsync(string uri, int version, LspRange? range, string text) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didChange",
            new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), [new TextDocumentContentChangeEvent(text, range)]));

    public IReadOnlyList<PublishDiagnosticsParams> Published => _sink.Snapshot();

    /// <summary>The folder URIs of the <c>negotiationdsl/commitmentsChanged</c> notifications so far, in order.</summary>
    public IReadOnlyList<string> CommitmentsChanged => _sink.CommitmentsChangedSnapshot();

    /// <summary>Waits until a publication for <paramref name="uri"/> (after the first <paramref name="since"/> of all) satisfies <paramref name="condition"/>.</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? condition = null, int since = 0)
    {
        var deadline = DateTime.UtcNow + HangGuard.Time;
        while (DateTime.UtcNow < deadline)
        {
            var match = _sink.Snapshot().Skip(since).LastOrDefault(published => published.Uri == uri && (condition?.Invoke(published) ?? true));
            if (match is not null) return match;
            await Task.Delay(10);
        }

        throw new TimeoutException($"No diagnostics for {uri} matched; got: " + string.Join(", ", _sink.Snapshot().Select(p => $"{p.Uri}@{p.Version}")));
    }

    /// <summary>Shuts the server down as a client should; returns the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null);
        await _rpc.NotifyAsync("exit");
        return await _serverRun.WaitAsync(HangGuard.Time);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        try
        {
            await _serverRun.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
        }

        _server.Dispose();
    }

    /// <summary>The zero-based position of the <paramref name="occurrence"/>-th <paramref name="needle"/> in the file, plus <paramref name="offset"/> characters.</summary>
    /// <summary>The completion items at the <c>|</c> of <paramref name="sourceWithCaret"/>, opened alone in a new server.</summary>
    public static async Task<CompletionItem[]> CompleteAsync(string sourceWithCaret)
    {
        var caret = sourceWithCaret.IndexOf('|', StringComparison.Ordinal);
        var text = sourceWithCaret.Remove(caret, 1);
        await using var client = await StartAsync();
        var uri = await client.OpenAsync("/virtual/completion.neg", text);
        var position = NegotiationDsl.Text.SourceText.From(text).GetLinePosition(caret);
        return (await client.RequestAsync<CompletionList>("textDocument/completion", At(uri, new LspPosition(position.Line, position.Character)))).Items;
    }

    public static LspPosition PositionOf(string text, string needle, int occurrence = 0, int offset = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' (occurrence {occurrence}) not found");
        }

        var position = SourceText.From(text).GetLinePosition(index + offset);
        return new LspPosition(position.Line, position.Character);
    }

    public static object At(string uri, LspPosition position) => new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position);

    public sealed class DiagnosticsSink
    {
        private readonly List<PublishDiagnosticsParams> _published = new();
        private readonly List<string> _commitmentsChanged = new();

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(PublishDiagnosticsParams diagnostics)
        {
            lock (_published) _published.Add(diagnostics);
        }

        [JsonRpcMethod(CommitmentsWatch.Method, UseSingleObjectParameterDeserialization = true)]
        public void CommitmentsChanged(CommitmentsChangedParams changed)
        {
            lock (_commitmentsChanged) _commitmentsChanged.Add(changed.FolderUri);
        }

        public IReadOnlyList<PublishDiagnosticsParams> Snapshot()
        {
            lock (_published) return _published.ToList();
        }

        public IReadOnlyList<string> CommitmentsChangedSnapshot()
        {
            lock (_commitmentsChanged) return _commitmentsChanged.ToList();
        }
    }
}
