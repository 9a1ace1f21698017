using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// Pushes diagnostics. Document notifications only enqueue the folder they touched (synchronously, in the
/// order they arrived); one consumer drains the queue, waits a short debounce, and publishes every file of
/// each touched folder from the newest snapshot. When an edit arrives while a round is running, the round
/// is cancelled before it publishes anything more and starts over with the newer text, so publications
/// never go back to an older version. Closed files are published only when they are in the workspace
/// folder; files that left a folder get an empty list.
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Workspace _workspace;
    private readonly Func<PublishDiagnosticsParams, Task> _publish;
    private readonly TimeSpan _debounce;
    private readonly TextWriter _log;
    private readonly Dictionary<string, HashSet<string>> _publishedUris = new(StringComparer.Ordinal);
    private CancellationTokenSource _round = new();

    public DiagnosticsPublisher(Workspace workspace, Func<PublishDiagnosticsParams, Task> publish, TimeSpan debounce, TextWriter log)
    {
        _workspace = workspace;
        _publish = publish;
        _debounce = debounce;
        _log = log;
    }

    /// <summary>Called by notification handlers: cheap, never blocks, keeps the order of calls.</summary>
    public void Enqueue(string folderKey)
    {
        _queue.Writer.TryWrite(folderKey);
        try
        {
            Volatile.Read(ref _round).Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The server is shutting down.
        }
    }

    public void Complete() => _queue.Writer.TryComplete();

    public void Dispose() => Volatile.Read(ref _round).Dispose();

    public async Task RunAsync(CancellationToken stop)
    {
        var pending = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                // Rounds are never disposed: Enqueue may still cancel the previous one from another thread.
                var round = new CancellationTokenSource();
                Volatile.Write(ref _round, round);
                while (_queue.Reader.TryRead(out var folder)) pending.Add(folder);
                try
                {
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(round.Token, stop);
                    await Task.Delay(_debounce, linked.Token).ConfigureAwait(false);
                    foreach (var folder in pending.ToList())
                    {
                        await PublishFolderAsync(folder, linked.Token).ConfigureAwait(false);
                        pending.Remove(folder);
                    }
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // A newer edit arrived: its folder is in the queue; start over with the newest text.
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            _log.WriteLine("negc lsp: the client went away; diagnostics stopped.");
        }
    }

    private async Task PublishFolderAsync(string folderKey, CancellationToken cancellation)
    {
        var folder = _workspace.GetFolder(folderKey);
        var byPath = folder.Compilation?.GetDiagnostics()
            .GroupBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(DiagnosticConverter.ToLsp).OfType<LspDiagnostic>().ToArray(), StringComparer.Ordinal)
            ?? new Dictionary<string, LspDiagnostic[]>();
        cancellation.ThrowIfCancellationRequested();

        var published = folder.Documents.Where(document => document.IsOpen || folder.InWorkspace).ToList();
        var uris = new HashSet<string>(published.Select(document => document.Uri), StringComparer.Ordinal);
        var previous = _publishedUris.TryGetValue(folderKey, out var before) ? before : new HashSet<string>(StringComparer.Ordinal);
        foreach (var gone in previous.Where(uri => !uris.Contains(uri)).OrderBy(uri => uri, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            await _publish(new PublishDiagnosticsParams(gone, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
            previous.Remove(gone);
        }

        foreach (var document in published)
        {
            cancellation.ThrowIfCancellationRequested();
            var diagnostics = byPath.TryGetValue(document.Key, out var list) ? list : Array.Empty<LspDiagnostic>();
            await _publish(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics)).ConfigureAwait(false);
            previous.Add(document.Uri);
        }

        _publishedUris[folderKey] = previous;
        _log.WriteLine($"negc lsp: published diagnostics of {published.Count} file(s) in {folderKey}");
    }
}
