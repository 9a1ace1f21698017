using System;
using System.IO;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using Nerdbank.Streams;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The language server that <c>negc lsp</c> runs, in this process and so with this process's runtime settings, driven by
/// a <see cref="LanguageServerClient"/> over an in-memory duplex stream with the same LSP framing and JSON as stdio.
/// </summary>
internal sealed class InProcessLanguageServer : IDisposable
{
    private readonly LanguageServerConnection _server;
    private readonly Task<int> _serverRun;

    private InProcessLanguageServer(LanguageServerConnection server, Task<int> serverRun, LanguageServerClient client)
    {
        _server = server;
        _serverRun = serverRun;
        Client = client;
    }

    public LanguageServerClient Client { get; }

    public static InProcessLanguageServer Start(string workspaceFolder)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var server = new LanguageServerConnection(serverStream, serverStream, TextWriter.Null);
        var run = server.RunAsync();
        var client = LanguageServerClient.Initialize(clientStream, clientStream, workspaceFolder);
        // The workspace is read in the background: measure edits, not that first read.
        server.WhenDiskIdle().GetAwaiter().GetResult();
        return new InProcessLanguageServer(server, run, client);
    }

    public void Dispose()
    {
        try
        {
            Client.Shutdown();
            _serverRun.Wait(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Client.Dispose();
            _server.Dispose();
        }
    }
}
