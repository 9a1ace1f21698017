using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The documents the server knows: open ones with the editor's text and version, closed ones as read from disk.
/// As in the CLI, a folder is one compilation, renewed with <see cref="Compilation.WithSyntaxTree"/> when one of its
/// documents changes; and the folders of an archive (below a <c>negarchive.json</c>) are bound together, as one
/// immutable <see cref="Archive"/> renewed with <see cref="Archive.WithSyntaxTree"/>, whose compilation of a folder
/// sees the folders it uses and is seen by those that use it. State changes take a lock and are cheap (parsing and
/// binding happen later, outside it, on the snapshot being asked about).
/// </summary>
/// <remarks>
/// The disk is read only through <see cref="WorkspaceDisk"/>, and never on the message loop: an edit applies the
/// editor's text at once and queues what needs the disk (the other files of a new folder, its archive, the saved copy
/// of a closed file) on a <see cref="DiskQueue"/>, whose results are merged in the order they were asked for. The first
/// folder of an archive to be opened (or the workspace folder, when it is in one or holds some) brings in the whole
/// archive, as negc reads it. Until a folder's files (and its archive's) are in, its diagnostics are held back rather
/// than published with names missing; <see cref="FolderChanged"/> then says the folder is ready.
/// </remarks>
internal sealed class Workspace : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, FolderState> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArchiveState> _archives = new(StringComparer.Ordinal);
    private readonly WorkspaceDisk _disk;
    private readonly DiskQueue _queue;
    private readonly long _documentBytes;

    /// <param name="documentBytes">The size limit of a document, open or read from disk (<see cref="LanguageServerLimits.DocumentBytes"/>).</param>
    /// <param name="files">The disk as the input layer reads it; tests pass a slow or failing one.</param>
    public Workspace(ServerLog log, long? documentBytes = null, IInputFileSystem? files = null)
    {
        _documentBytes = documentBytes ?? FileSizeLimit.Bytes;
        _disk = new WorkspaceDisk(files ?? DiskFileSystem.Instance, _documentBytes, log);
        _queue = new DiskQueue(log);
    }

    /// <summary>Raised when a folder changed other than through the edit that returns it (files read from disk were merged, its archive left): its diagnostics are due.</summary>
    public event Action<string>? FolderChanged;

    /// <summary>The workspace folder (null when the editor opened single files).</summary>
    public string? RootPath { get; private set; }

    /// <summary>Queues reading every .neg file below <paramref name="rootPath"/> (and of the archives they are in); the task completes when they are in.</summary>
    public Task Initialize(string? rootPath)
    {
        if (rootPath is null) return Task.CompletedTask;
        var root = RootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        return _queue.Run(() => LoadWorkspace(root));
    }

    /// <summary>Completes when the disk work queued so far is done (for tests and benchmarks).</summary>
    public Task WhenDiskIdle() => _queue.WhenIdle();

    /// <summary>Opens a document (its folder's other files are read from disk, later, if the folder is new); returns its folder.</summary>
    public string Open(string uri, string text, int version)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        var document = new Document(key, uri, SourceText.From(text, key), version, isOpen: true, _documentBytes);
        FolderState? toLoad = null;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                folder = _folders[folderKey] = new FolderState(folderKey, IsInWorkspace(folderKey));
                if (DocumentUris.IsFilePath(key))
                {
                    folder.PendingLoads++;
                    toLoad = folder;
                }
            }

            var isNew = !folder.Documents.ContainsKey(key);
            folder.Documents = folder.Documents.SetItem(key, document);
            folder.ToolErrors = folder.ToolErrors.Remove(key);
            if (isNew) folder.RefreshOptions();
        }

        if (toLoad is not null) _queue.Run(() => LoadFolder(toLoad));
        return folderKey;
    }

    /// <summary>Applies the editor's changes in order (UTF-16 positions, clamped into the text: <see cref="LspLineBuffer"/>); returns the folder, or null for an unknown document.</summary>
    public string? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        lock (_gate)
        {
            // A file of the folder that the editor has not opened is the copy on disk: an edit to it would be a client error.
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var document) || !document.IsOpen) return null;
            // Built once for the whole message: one text and one line map, however many changes it holds.
            var text = LspLines.Changed(document.Text, changes as IReadOnlyList<TextDocumentContentChangeEvent> ?? [.. changes]);
            folder.Documents = folder.Documents.SetItem(key, new Document(key, document.Uri, text, version, isOpen: true, _documentBytes, edited: document));
        }

        return folderKey;
    }

    /// <summary>
    /// Closes a document: its saved file takes its place (read later; until then the closed buffer stands in), or
    /// it leaves the workspace when there is none. A folder outside the workspace folder leaves with its last open
    /// document, and so does an archive read for a document outside it. Returns the folder, or null when the document
    /// was not open. Only a .neg file is read back (never, say, a device that an odd URI named).
    /// </summary>
    public string? Close(string uri)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        Document? standIn = null;
        var left = new List<string>();
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var document) || !document.IsOpen) return null;
            if (!StaysWithout(folder, key))
            {
                left.AddRange(Drop(folder).Where(other => other != folderKey));
            }
            else if (DocumentUris.IsFilePath(key) && SourceFileCollector.IsRecordFileName(key))
            {
                standIn = document.AsClosed();
                folder.Documents = folder.Documents.SetItem(key, standIn);
            }
            else
            {
                folder.Documents = folder.Documents.Remove(key);
                if (folder.Documents.IsEmpty) Remove(folder);
            }
        }

        foreach (var other in left) FolderChanged?.Invoke(other);
        if (standIn is not null) _queue.Run(() => ReadBack(folderKey, key, standIn));
        return folderKey;
    }

    /// <summary>The document and the compilation it is part of, as they are now; null for an unknown document or one over the size limit.</summary>
    public DocumentSnapshot? GetDocument(string uri)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        FolderState? folder;
        ImmutableDictionary<string, Document> documents;
        ArchiveState.Capture? archive;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out folder)) return null;
            documents = folder.Documents;
            archive = folder.Archive?.Take();
        }

        if (!documents.TryGetValue(key, out var document) || document.IsTooLarge) return null;
        return GetCompilation(folder, documents, archive) is { } compilation ? new DocumentSnapshot(document, compilation, this) : null;
    }

    /// <summary>A folder's documents and compilation as they are now (empty when the folder is gone).</summary>
    public FolderSnapshot GetFolder(string folderKey)
    {
        FolderState? folder;
        ImmutableDictionary<string, Document> documents;
        ImmutableDictionary<string, Diagnostic> toolErrors;
        ArchiveState.Capture? archive;
        bool loading;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out folder)) return new FolderSnapshot(folderKey, ImmutableArray<Document>.Empty, null, InWorkspace: false, Loading: false, FolderState.NoToolErrors);
            documents = folder.Documents;
            toolErrors = folder.ToolErrors;
            loading = folder.Loading;
            archive = folder.Archive?.Take();
        }

        var ordered = documents.Values.OrderBy(document => document.Key, StringComparer.Ordinal).ToImmutableArray();
        return new FolderSnapshot(folderKey, ordered, GetCompilation(folder, documents, archive), folder.InWorkspace, loading, toolErrors);
    }

    public IReadOnlyList<string> FolderKeys
    {
        get
        {
            lock (_gate) return _folders.Keys.OrderBy(key => key, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>The URI to report for a file: the editor's spelling when it is open, else a file URI.</summary>
    public string UriOf(string key)
    {
        lock (_gate)
        {
            if (_folders.TryGetValue(DocumentUris.FolderOf(key), out var folder) && folder.Documents.TryGetValue(key, out var document)) return document.Uri;
        }

        return DocumentUris.IsFilePath(key) ? DocumentUris.FromPath(key) : key;
    }

    public void Dispose() => _queue.Dispose();

    /// <summary>The folder's compilation: its archive's compilation of it when it is in one (null when none of its files is a record), else its own.</summary>
    private Compilation? GetCompilation(FolderState folder, ImmutableDictionary<string, Document> documents, ArchiveState.Capture? archive)
    {
        if (archive is not null) return GetArchive(archive).GetCompilation(folder.Key);

        Compilation? cached;
        CompilationOptions options;
        lock (_gate)
        {
            cached = folder.Compilation;
            options = folder.Options;
        }

        var compilation = SnapshotRenewal.Renew(cached, Trees(documents.Values), options);
        lock (_gate)
        {
            if (folder.Documents == documents) folder.Compilation = compilation;
        }

        return compilation;
    }

    private Archive GetArchive(ArchiveState.Capture capture)
    {
        if (capture.Documents is null) return capture.Snapshot!;
        lock (capture.Owner.Renewing)
        {
            lock (_gate)
            {
                if (capture.Owner.MadeFor(capture) is { } made) return made;
            }

            var archive = SnapshotRenewal.Renew(capture.Snapshot, capture.Owner.Root, Trees(capture.Documents), capture.Options);
            lock (_gate) capture.Owner.Keep(capture, archive);
            return archive;
        }
    }

    private static List<Syntax.SyntaxTree> Trees(IEnumerable<Document> documents) => documents.Select(document => document.Tree).ToList();

    private bool IsInWorkspace(string folderKey) =>
        RootPath is not null && DocumentUris.IsFilePath(folderKey) &&
        (folderKey == RootPath || folderKey.StartsWith(Path.EndsInDirectorySeparator(RootPath) ? RootPath : RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>Whether a folder stays when <paramref name="closing"/> closes: it (or its archive) is the workspace's, or another document of it (or of its archive) is open.</summary>
    private static bool StaysWithout(FolderState folder, string closing)
    {
        if (folder.Archive is { } archive) return archive.InWorkspace || archive.Folders.Values.Any(member => HasOpenDocument(member, closing));
        return folder.InWorkspace || HasOpenDocument(folder, closing);
    }

    private static bool HasOpenDocument(FolderState folder, string? except = null) => folder.Documents.Values.Any(document => document.IsOpen && document.Key != except);

    /// <summary>Removes a folder, or the whole archive it is in; returns the folders removed. Under the lock.</summary>
    private List<string> Drop(FolderState folder)
    {
        if (folder.Archive is not { } archive)
        {
            Remove(folder);
            return [folder.Key];
        }

        var members = archive.Folders.Values.ToList();
        foreach (var member in members) Remove(member);
        if (_archives.GetValueOrDefault(archive.Root) == archive) _archives.Remove(archive.Root);
        return members.Select(member => member.Key).ToList();
    }

    /// <summary>Removes one folder (from its archive too). Under the lock.</summary>
    private void Remove(FolderState folder)
    {
        if (_folders.GetValueOrDefault(folder.Key) == folder) _folders.Remove(folder.Key);
        folder.Archive?.Remove(folder);
    }

    // The jobs below run on the disk thread.

    private void LoadWorkspace(string root)
    {
        if (!_disk.IsFolder(root)) return;
        var boundary = new ConfigBoundary(_disk.Files);
        // The workspace folder is (in) an archive: the archive is read whole, as negc reads it.
        if (_disk.ArchiveRootOf(root, boundary) is { } archiveRoot)
        {
            LoadArchive(ArchiveAt(archiveRoot, out _), inWorkspace: true, boundary);
            return;
        }

        var listing = _disk.Walk(root);
        var config = _disk.NewConfig(boundary);
        var archives = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        // Each folder is merged as soon as it is read: one slow read holds back its own folder only (or its archive).
        foreach (var folderKey in listing.Folders)
        {
            if (_disk.ArchiveRootOf(folderKey, boundary) is { } archiveOfFolder)
            {
                if (!archives.TryGetValue(archiveOfFolder, out var folders)) archives[archiveOfFolder] = folders = new List<string>();
                folders.Add(folderKey);
            }
            else Read(folderKey, listing, config, archive: null);
        }

        // An archive below the workspace folder was walked with it.
        foreach (var (below, folders) in archives) LoadArchive(ArchiveAt(below, out _), folders, listing, config, inWorkspace: true);
    }

    /// <summary>The archive at <paramref name="root"/>, held from now on if it was not.</summary>
    private ArchiveState ArchiveAt(string root, out bool isNew)
    {
        lock (_gate)
        {
            isNew = !_archives.TryGetValue(root, out var archive);
            if (isNew) _archives[root] = archive = new ArchiveState(root);
            return archive!;
        }
    }

    private void LoadArchive(ArchiveState archive, bool inWorkspace, ConfigBoundary boundary)
    {
        var listing = _disk.Walk(archive.Root);
        LoadArchive(archive, listing.Folders, listing, _disk.NewConfig(boundary), inWorkspace);
    }

    /// <summary>Reads the archive's folders; their diagnostics wait until the last is in, since each may use any other.</summary>
    private void LoadArchive(ArchiveState archive, IEnumerable<string> folders, FolderListing listing, NegConfig config, bool inWorkspace)
    {
        lock (_gate)
        {
            archive.InWorkspace |= inWorkspace;
            archive.PendingLoads++;
        }

        var members = new List<string>();
        try
        {
            foreach (var folderKey in folders) Read(folderKey, listing, config, archive);
        }
        finally
        {
            lock (_gate)
            {
                archive.PendingLoads--;
                members.AddRange(archive.Folders.Keys.Order(StringComparer.Ordinal));
            }

            foreach (var member in members) FolderChanged?.Invoke(member);
        }
    }

    private void Read(string folderKey, FolderListing listing, NegConfig config, ArchiveState? archive)
    {
        var readErrors = new List<Diagnostic>();
        var documents = _disk.ReadAll(listing.FilesOf(folderKey), readErrors, IsOpen);
        var errors = listing.ErrorsOf(folderKey).SetItems(_disk.Keyed(readErrors));
        Merge(folderKey, documents, errors, config.SeveritiesFor(folderKey), loaded: null, archive);
    }

    private void LoadFolder(FolderState folder)
    {
        var folderKey = folder.Key;
        var documents = new List<Document>();
        ImmutableDictionary<string, Diagnostic>? toolErrors = FolderState.NoToolErrors;
        var severities = FolderState.NoSeverities;
        ArchiveState? archive = null;
        try
        {
            // A folder not saved yet may be a new one of an archive: it sees the archive's folders already.
            var boundary = new ConfigBoundary(_disk.Files);
            var archiveRoot = _disk.ArchiveRootOf(folderKey, boundary);
            if (archiveRoot is null && !_disk.IsFolder(folderKey)) return;
            severities = _disk.NewConfig(boundary).SeveritiesFor(folderKey);
            if (archiveRoot is not null)
            {
                archive = ArchiveAt(archiveRoot, out var isNew);
                lock (_gate)
                {
                    // It joins at once: the archive is read for a document open in it, and leaves when that closes.
                    if (_folders.GetValueOrDefault(folderKey) == folder) archive.Add(folder);
                }

                if (isNew)
                {
                    // The first folder opened of an archive brings in the whole archive, this folder's files and errors with it.
                    LoadArchive(archive, inWorkspace: false, boundary);
                    toolErrors = null;
                    return;
                }
            }

            if (!_disk.IsFolder(folderKey)) return;
            var listing = _disk.List(archive?.Root ?? (folder.InWorkspace && RootPath is not null ? RootPath : folderKey), folderKey);
            toolErrors = listing.AllErrors;
            var readErrors = new List<Diagnostic>();
            documents = _disk.ReadAll(listing.FilesOf(folderKey), readErrors, IsOpen);
            toolErrors = toolErrors.SetItems(_disk.Keyed(readErrors));
        }
        finally
        {
            // Whatever happened, the folder stops waiting for its files: it is published with those that were read.
            Merge(folderKey, documents, toolErrors, severities, loaded: folder, archive);
        }
    }

    private void ReadBack(string folderKey, string key, Document standIn)
    {
        var errors = new List<Diagnostic>();
        var onDisk = _disk.Read(new RecordFile(key, InputRoot.OfFile(_disk.Files, key), Identity: null), errors);
        var refused = _disk.Keyed(errors);
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var current) || current != standIn) return;
            folder.Documents = onDisk is null ? folder.Documents.Remove(key) : folder.Documents.SetItem(key, onDisk);
            folder.ToolErrors = refused.TryGetValue(key, out var error) ? folder.ToolErrors.SetItem(key, error) : folder.ToolErrors.Remove(key);
            if (folder.Documents.IsEmpty && folder.ToolErrors.IsEmpty) Remove(folder);
        }

        FolderChanged?.Invoke(folderKey);
    }

    /// <summary>
    /// Adds documents read from disk to a folder (of <paramref name="archive"/>, when given), never over one already
    /// there (an open document, or a closed one whose own read-back is queued), and sets the errors of the files the
    /// input layer refused (unless null: read already). <paramref name="loaded"/> is the folder whose load this
    /// completes; when that folder is gone meanwhile (every document closed), the result is dropped.
    /// </summary>
    private void Merge(string folderKey, List<Document> documents, ImmutableDictionary<string, Diagnostic>? toolErrors, IReadOnlyDictionary<string, ReportDiagnostic> severities,
        FolderState? loaded, ArchiveState? archive)
    {
        lock (_gate)
        {
            // An archive that left meanwhile (its last open document closed) takes nothing more.
            if (archive is not null && _archives.GetValueOrDefault(archive.Root) != archive) return;
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                if (loaded is not null || (documents.Count == 0 && (toolErrors?.IsEmpty ?? true))) return;
                folder = _folders[folderKey] = new FolderState(folderKey, archive is null || IsInWorkspace(folderKey));
            }
            else if (loaded is not null && folder != loaded)
            {
                return;
            }

            if (archive is not null && folder.Archive != archive)
            {
                folder.Archive?.Remove(folder);
                archive.Add(folder);
            }

            foreach (var document in documents)
            {
                if (!folder.Documents.ContainsKey(document.Key)) folder.Documents = folder.Documents.Add(document.Key, document);
            }

            // What the disk refused, as it is now (an open document's own text stands in for its file).
            if (toolErrors is not null) folder.ToolErrors = toolErrors.RemoveRange(toolErrors.Keys.Where(key => folder.Documents.TryGetValue(key, out var document) && document.IsOpen));
            folder.Severities = severities;
            folder.RefreshOptions();
            if (loaded is not null) folder.PendingLoads--;
        }

        FolderChanged?.Invoke(folderKey);
    }

    private bool IsOpen(string key)
    {
        lock (_gate) return _folders.TryGetValue(DocumentUris.FolderOf(key), out var folder) && folder.Documents.TryGetValue(key, out var document) && document.IsOpen;
    }
}

/// <summary>The documents of one folder and their compilation at one moment.</summary>
/// <param name="Loading">Files of the folder (or of its archive) are still being read from disk: its diagnostics would miss their names.</param>
/// <param name="ToolErrors">The files of the folder the input layer refused (a FIFO, a link out of the workspace, ...), by full path.</param>
internal sealed record FolderSnapshot(string Key, ImmutableArray<Document> Documents, Compilation? Compilation, bool InWorkspace, bool Loading, ImmutableDictionary<string, Diagnostic> ToolErrors);
