using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The folders of one archive (below a <c>negarchive.json</c>) that the workspace holds, bound together as the
/// CLI binds them: one immutable <see cref="NegotiationDsl.Archive"/>, made again from the folders' documents
/// after any of them changed (<see cref="SnapshotRenewal"/>). Changed only under the workspace's lock.
/// </summary>
internal sealed class ArchiveState(string root)
{
    private Archive? _snapshot;
    private int _snapshotVersion = -1;
    private int _version;
    private CompilationOptions? _options;

    /// <summary>The folder that holds <c>negarchive.json</c> (a full path, as the workspace names folders).</summary>
    public string Root { get; } = root;

    public Dictionary<string, FolderState> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>The archive was read for the workspace folder (or one of its folders is in it), not only for an open document: it stays when documents close.</summary>
    public bool InWorkspace { get; set; }

    /// <summary>Reads of the archive's files queued and not yet merged: the diagnostics of all its folders wait for them.</summary>
    public int PendingLoads { get; set; }

    /// <summary>A folder's documents or its membership changed: the snapshot is out of date.</summary>
    public void Changed() => _version++;

    /// <summary>A folder's severities or set of files changed: the options are made again with the next snapshot.</summary>
    public void OptionsChanged()
    {
        _options = null;
        _version++;
    }

    public void Add(FolderState folder)
    {
        Folders[folder.Key] = folder;
        folder.Archive = this;
        folder.Compilation = null;
        InWorkspace |= folder.InWorkspace;
        OptionsChanged();
    }

    public void Remove(FolderState folder)
    {
        if (Folders.Remove(folder.Key)) OptionsChanged();
        folder.Archive = null;
    }

    /// <summary>Taken while a snapshot is made, so that two threads asking at once (a request, the diagnostics) bind one archive, not two.</summary>
    public object Renewing { get; } = new();

    /// <summary>What the next snapshot is made of, or the snapshot itself when nothing changed since it was made.</summary>
    public Capture Take()
    {
        if (_snapshot is not null && _snapshotVersion == _version) return new Capture(this, _version, _snapshot, Documents: null, _snapshot.Options);
        _options ??= Folders.Values.Aggregate(CompilationOptions.Default, (options, folder) => folder.WithSeverities(options));
        var documents = Folders.Values.SelectMany(folder => folder.Documents.Values).ToList();
        return new Capture(this, _version, _snapshot, documents, _options);
    }

    /// <summary>The snapshot made for <paramref name="capture"/>, when one was.</summary>
    public Archive? MadeFor(Capture capture) => _snapshotVersion == capture.Version ? _snapshot : null;

    /// <summary>Keeps <paramref name="snapshot"/>, made for <paramref name="capture"/>, unless a newer one is kept already.</summary>
    public void Keep(Capture capture, Archive snapshot)
    {
        if (capture.Version <= _snapshotVersion) return;
        _snapshot = snapshot;
        _snapshotVersion = capture.Version;
    }

    /// <summary>One moment of the archive's folders: the snapshot when it is current, else the documents to renew it from.</summary>
    internal sealed record Capture(ArchiveState Owner, int Version, Archive? Snapshot, List<Document>? Documents, CompilationOptions Options);
}
