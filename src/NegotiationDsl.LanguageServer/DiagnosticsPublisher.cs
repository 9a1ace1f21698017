using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Pushes diagnostics. Document notifications only mark the folder they touched as pending (cheap, never
/// blocking); one consumer takes pending folders one at a time and publishes every file of the folder from
/// its newest snapshot. There is no debounce: an edit that arrives while the consumer is idle is compiled
/// at once. Edits that arrive while a folder is being compiled coalesce: the folder is marked pending
/// again (a set, so a burst counts once) and the work on the now stale snapshot is cancelled before it
/// publishes anything more, so the next pass compiles the latest text. One consumer working from ever
/// newer snapshots means publications for a document never go back to an older version. Closed files are
/// published only when they are in the workspace folder; files that left a folder get an empty list.
/// In an archive, a folder published after a change is followed by the folders related to it (those that use it and
/// those it uses, directly or not: <see cref="ArchiveGraph"/>), before the change and after; of these, only the files
/// whose diagnostics differ from what was last published for them are published again. After a folder's diagnostics
/// the client is told whether its commitments changed (<see cref="CommitmentsWatch"/>).
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    private readonly object _gate = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    // Pending folders that only something they are related to changed: only their changed files are published.
    private readonly HashSet<string> _relatedOnly = new(StringComparer.Ordinal);
    // At most one wake-up is kept: the consumer reads the whole pending set each time it wakes.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Workspace _workspace;
    private readonly Func<PublishDiagnosticsParams, Task> _publish;
    private readonly CommitmentsWatch _commitments;
    private readonly ServerLog _log;
    private readonly Dictionary<string, HashSet<string>> _publishedUris = new(StringComparer.Ordinal);
    private readonly FolderDiagnostics _diagnostics;
    // What was last published for each file, to tell whether a related folder's file changed; the consumer's only.
    private readonly Dictionary<string, PublishDiagnosticsParams> _lastPublished = new(StringComparer.Ordinal);
    // Each archive's uses as last published (by root), so that a folder that stopped using a changed one is published too.
    private readonly Dictionary<string, ArchiveGraph> _graphs = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Archive, ArchiveGraph> _graphByArchive = new();
    private string? _workingOn;
    private CancellationTokenSource? _work;

    public DiagnosticsPublisher(Workspace workspace, Func<PublishDiagnosticsParams, Task> publish, CommitmentsWatch commitments, ServerLog log, int diagnosticsPerDocument)
    {
        _workspace = workspace;
        _commitments = commitments;
        _diagnostics = new FolderDiagnostics(diagnosticsPerDocument);
        _publish = publish;
        _log = log;
    }

    /// <summary>Called by notification handlers after the workspace changed: cheap, never blocks.</summary>
    public void Enqueue(string folderKey)
    {
        lock (_gate)
        {
            _pending.Add(folderKey);
            _relatedOnly.Remove(folderKey);
            // Nothing is registered on this token but the linked one, so cancelling under the lock runs no foreign code.
            if (_workingOn == folderKey) _work?.Cancel();
        }

        _wake.Writer.TryWrite(true);
    }

    public void Complete() => _wake.Writer.TryComplete();

    public void Dispose()
    {
        lock (_gate) _work?.Cancel();
    }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                if (TakePending(out var folder, out var relatedOnly, out var work))
                {
                    await PublishOrRequeueAsync(folder, relatedOnly, work, stop).ConfigureAwait(false);
                    continue;
                }

                // Pending is re-checked after every wake-up, so an Enqueue between TakePending and here is never lost.
                if (!await _wake.Reader.WaitToReadAsync(stop).ConfigureAwait(false)) return;
                _wake.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            _log.WriteLine($"the client went away; diagnostics stopped.");
        }
    }

    /// <summary>Marks a folder related to one just published as pending, unless it is already.</summary>
    private void EnqueueRelated(string folderKey)
    {
        lock (_gate)
        {
            if (_pending.Add(folderKey)) _relatedOnly.Add(folderKey);
        }
    }

    /// <summary>The first pending folder (in path order), whether only a related folder changed, and a fresh token that a newer edit of it cancels.</summary>
    private bool TakePending(out string folder, out bool relatedOnly, out CancellationTokenSource work)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                folder = "";
                relatedOnly = false;
                work = null!;
                return false;
            }

            folder = _pending.Min!;
            _pending.Remove(folder);
            relatedOnly = _relatedOnly.Remove(folder);
            work = new CancellationTokenSource();
            _workingOn = folder;
            _work = work;
            return true;
        }
    }

    private async Task PublishOrRequeueAsync(string folder, bool relatedOnly, CancellationTokenSource work, CancellationToken stop)
    {
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(work.Token, stop);
            await PublishFolderAsync(folder, relatedOnly, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // A newer edit of this folder arrived; Enqueue has marked it pending again, with the newest text.
        }
        finally
        {
            lock (_gate)
            {
                _workingOn = null;
                _work = null;
            }

            work.Dispose();
        }
    }

    private async Task PublishFolderAsync(string folderKey, bool relatedOnly, CancellationToken cancellation)
    {
        var folder = _workspace.GetFolder(folderKey);
        // Its files are still being read; the workspace queues the folder again once they are in.
        if (folder.Loading) return;
        var byPath = _diagnostics.Get(folder.Compilation);
        cancellation.ThrowIfCancellationRequested();

        // Recorded at once, so a file published by a round cancelled half way is still cleared when it leaves.
        if (!_publishedUris.TryGetValue(folderKey, out var previous)) _publishedUris[folderKey] = previous = new HashSet<string>(StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in folder.Documents)
        {
            if (document.IsOpen || folder.InWorkspace) current.Add(document.Uri);
        }

        var refused = RefusedFiles(folder);
        foreach (var (uri, _) in refused) current.Add(uri);

        foreach (var gone in SortedExcept(previous, current))
        {
            cancellation.ThrowIfCancellationRequested();
            await _publish(new PublishDiagnosticsParams(gone, null, Array.Empty<LspDiagnostic>())).ConfigureAwait(false);
            previous.Remove(gone);
            _lastPublished.Remove(gone);
        }

        var published = 0;
        foreach (var document in folder.Documents)
        {
            if (!current.Contains(document.Uri)) continue;
            var diagnostics = byPath.TryGetValue(document.Key, out var list) ? list : Array.Empty<LspDiagnostic>();
            if (await PublishAsync(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics), relatedOnly, previous, cancellation).ConfigureAwait(false)) published++;
        }

        // A file the input layer refused shows the error negc prints for it, where the editor shows its problems.
        foreach (var (uri, error) in refused)
        {
            if (await PublishAsync(new PublishDiagnosticsParams(uri, null, [error]), relatedOnly, previous, cancellation).ConfigureAwait(false)) published++;
        }

        if (previous.Count == 0) _publishedUris.Remove(folderKey);
        // Says whether the folder's binding was carried over from the version before, so a log shows how many edits the copy served.
        var bound = folder.Compilation is { IsBoundByCopy: true } ? ", bound by copy" : "";
        if (!relatedOnly || published > 0) _log.WriteLine($"published diagnostics of {published} file(s) in {folderKey}{bound}");
        // The file was bound instead, so the diagnostics are right; the log keeps the copy's failure, which is a bug to report.
        if (folder.Compilation?.CopyFailure is { } failure) _log.WriteLine($"carrying the binding over failed, the file was bound instead: {failure.GetType().Name}: {failure.Message}");
        // A related folder too: a follow-up elsewhere may have settled or broken one of its commitments.
        await _commitments.FolderCompiledAsync(folderKey, folder.Compilation, cancellation).ConfigureAwait(false);
        if (!relatedOnly)
        {
            foreach (var related in Related(folderKey, folder.Compilation?.Archive)) EnqueueRelated(related);
        }
    }

    /// <summary>Publishes one file's diagnostics, unless <paramref name="whenChanged"/> and they are what was last published for it; returns whether it did.</summary>
    private async Task<bool> PublishAsync(PublishDiagnosticsParams diagnostics, bool whenChanged, HashSet<string> published, CancellationToken cancellation)
    {
        if (whenChanged && _lastPublished.TryGetValue(diagnostics.Uri, out var last) && PublishedDiagnostics.Same(last, diagnostics)) return false;
        cancellation.ThrowIfCancellationRequested();
        await _publish(diagnostics).ConfigureAwait(false);
        published.Add(diagnostics.Uri);
        _lastPublished[diagnostics.Uri] = diagnostics;
        return true;
    }

    /// <summary>The folders of the archive related to <paramref name="folderKey"/> now, and as they were when last published (a folder that used it may not any more).</summary>
    private List<string> Related(string folderKey, Archive? archive)
    {
        var related = _graphs.Values.Where(graph => graph.Contains(folderKey)).SelectMany(graph => graph.Related(folderKey)).ToList();
        if (archive is not null)
        {
            var graph = _graphByArchive.GetValue(archive, made => ArchiveGraph.Of(made, _graphs.GetValueOrDefault(made.Root)));
            related.AddRange(graph.Related(folderKey));
            _graphs[archive.Root] = graph;
        }

        return related.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder's refused files that are not documents, in path order, each with its error as a diagnostic.</summary>
    private static List<(string Uri, LspDiagnostic Error)> RefusedFiles(FolderSnapshot folder)
    {
        var refused = new List<(string Uri, LspDiagnostic Error)>();
        if (folder.ToolErrors.IsEmpty) return refused;
        var documents = folder.Documents.Select(document => document.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, error) in folder.ToolErrors.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (documents.Contains(key)) continue;
            refused.Add((DocumentUris.FromPath(key), DiagnosticConverter.ToLspAtFileStart(error)));
        }

        return refused;
    }

    private static List<string> SortedExcept(HashSet<string> all, HashSet<string> except)
    {
        var result = new List<string>();
        foreach (var uri in all)
        {
            if (!except.Contains(uri)) result.Add(uri);
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }
}
