using System;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.Cli.LanguageServer.Handlers;

/// <summary><c>initialize</c> (reads the workspace folder, advertises the features), <c>initialized</c>, <c>shutdown</c>, <c>exit</c>.</summary>
internal sealed class LifecycleHandler(Workspace workspace, DiagnosticsPublisher publisher, Action exit)
{
    public bool ShutdownRequested { get; private set; }

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        var root = request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri;
        var rootPath = root is not null ? DocumentUris.ToKey(root) : request.RootPath;
        foreach (var folder in workspace.Initialize(rootPath is not null && DocumentUris.IsFilePath(rootPath) ? rootPath : null)) publisher.Enqueue(folder);

        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                DocumentHighlightProvider: true,
                new RenameOptions(PrepareProvider: true),
                new CompletionOptions(ResolveProvider: false),
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                FoldingRangeProvider: true,
                new SemanticTokensOptions(SemanticTokensHandler.Legend, Full: true, Range: false),
                DocumentFormattingProvider: true,
                InlayHintProvider: true,
                new CodeActionOptions(["quickfix"])),
            new ServerInfo("negc", version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized() => _ = workspace;

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => exit();
}
