using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// <c>initialize</c> (has the workspace folder read, starts watching the client process, advertises what the
/// <paramref name="features"/> say), <c>initialized</c>, <c>shutdown</c>, <c>exit</c>. Not a feature itself: it runs
/// the connection and advertises nothing of its own. What may come before and after these messages is the
/// <see cref="Transport.LifecycleGate"/>'s business.
/// </summary>
internal sealed class LifecycleHandler(Workspace workspace, ClientProcessWatch clientWatch, Action exit, IReadOnlyList<ILanguageFeature> features)
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        var root = request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri;
        var rootPath = root is not null ? DocumentUris.ToKey(root) : request.RootPath;
        // Only queued: the answer never waits for the disk, and each folder publishes its diagnostics once read.
        _ = workspace.Initialize(rootPath is not null && DocumentUris.IsFilePath(rootPath) ? rootPath : null);
        if (request.ProcessId is { } processId) clientWatch.Start(processId);

        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var capabilities = new ServerCapabilities();
        foreach (var feature in features) feature.Advertise(capabilities);
        return new InitializeResult(
            capabilities,
            new ServerInfo("negc", version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized() => _ = workspace;

    /// <summary>Nothing to release: the diagnostics loop stops on <c>exit</c>, and the client watch must outlive this (a client may die before <c>exit</c>).</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _ = clientWatch;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => exit();
}
