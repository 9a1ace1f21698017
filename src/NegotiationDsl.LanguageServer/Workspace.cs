using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Hosting;
using NegotiationDsl.Hosting.Output;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The documents the server knows: open ones with the editor's text and version, closed ones of the
/// workspace folder as read from disk. As in the CLI, a folder is one compilation; each folder keeps one
/// immutable <see cref="Compilation"/>, renewed with <see cref="Compilation.WithSyntaxTree"/> when one of its
/// documents changes. State changes take a lock and are cheap (parsing and binding happen later, outside it,
/// on the snapshot being asked about).
/// </summary>
/// <remarks>
/// The disk is read only through the input layer (<see cref="IInputFileSystem"/>, <see cref="FolderWalk"/>,
/// <see cref="NegConfig"/>: the CLI's rules for links, special files and configuration), and never on the
/// message loop: an edit applies the editor's text at once and queues what needs the disk (the other files of a
/// new folder, the saved copy of a closed file) on a <see cref="DiskQueue"/>, whose results are merged in the
/// order they were asked for. Until a folder's files are in, its diagnostics are held back rather than
/// published with names missing; <see cref="FolderChanged"/> then says the folder is ready.
/// </remarks>
internal sealed class Workspace : IDisposable
{
    private static readonly IReadOnlyDictionary<string, ReportDiagnostic> NoSeverities = new Dictionary<string, ReportDiagnostic>();
    private static readonly ImmutableDictionary<string, Diagnostic> NoToolErrors = ImmutableDictionary<string, Diagnostic>.Empty.WithComparers(StringComparer.Ordinal);

    private readonly object _gate = new();
    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly ServerLog _log;
    private readonly IInputFileSystem _files;
    private readonly DiskQueue _disk;
    private readonly long _documentBytes;

    /// <param name="documentBytes">The size limit of a document, open or read from disk (<see cref="LanguageServerLimits.DocumentBytes"/>).</param>
    /// <param name="files">The disk as the input layer reads it; tests pass a slow or failing one.</param>
    public Workspace(ServerLog log, long? documentBytes = null, IInputFileSystem? files = null)
    {
        _log = log;
        _documentBytes = documentBytes ?? FileSizeLimit.Bytes;
        _files = files ?? DiskFileSystem.Instance;
        _disk = new DiskQueue(log);
    }

    /// <summary>Raised (on the disk thread) when files read from disk were merged into a folder: its diagnostics are due.</summary>
    public event Action<string>? FolderChanged;

    /// <summary>The workspace folder (null when the editor opened single files).</summary>
    public string? RootPath { get; private set; }

    /// <summary>Queues reading every .neg file below <paramref name="rootPath"/>; the task completes when they are in.</summary>
    public Task Initialize(string? rootPath)
    {
        if (rootPath is null) return Task.CompletedTask;
        var root = RootPath = Path.GetFullPath(rootPath);
        return _disk.Run(() => LoadWorkspace(root));
    }

    /// <summary>Completes when the disk work queued so far is done (for tests and benchmarks).</summary>
    public Task WhenDiskIdle() => _disk.WhenIdle();

    /// <summary>Opens a document (its folder's other files are read from disk, later, if the folder is new); returns its folder.</summary>
    public string Open(string uri, string text, int version)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        var document = new Document(key, uri, SourceText.From(text, key), version, isOpen: true, _documentBytes);
        Folder? toLoad = null;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                folder = _folders[folderKey] = new Folder(ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal), IsInWorkspace(folderKey));
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

        if (toLoad is not null) _disk.Run(() => LoadFolder(folderKey, toLoad));
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
            var text = SourceText.From(LspLineBuffer.Apply(document.Text.Text, changes), key);
            folder.Documents = folder.Documents.SetItem(key, new Document(key, document.Uri, text, version, isOpen: true, _documentBytes));
        }

        return folderKey;
    }

    /// <summary>
    /// Closes a document: its saved file takes its place (read later; until then the closed buffer stands in), or
    /// it leaves the workspace when there is none. Returns its folder, or null when the document was not open.
    /// Only a .neg file is read back (never, say, a device that an odd URI named).
    /// </summary>
    public string? Close(string uri)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        Document? standIn = null;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var document) || !document.IsOpen) return null;
            if (!folder.InWorkspace && !folder.Documents.Values.Any(other => other.IsOpen && other.Key != key))
            {
                _folders.Remove(folderKey);
                return folderKey;
            }

            if (DocumentUris.IsFilePath(key) && SourceFileCollector.IsRecordFileName(key))
            {
                standIn = document.AsClosed();
                folder.Documents = folder.Documents.SetItem(key, standIn);
            }
            else
            {
                folder.Documents = folder.Documents.Remove(key);
                if (folder.Documents.IsEmpty) _folders.Remove(folderKey);
            }
        }

        if (standIn is not null) _disk.Run(() => ReadBack(folderKey, key, standIn));
        return folderKey;
    }

    /// <summary>The document and the compilation it is part of, as they are now; null for an unknown document or one over the size limit.</summary>
    public DocumentSnapshot? GetDocument(string uri)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        Folder? folder;
        ImmutableDictionary<string, Document> documents;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out folder)) return null;
            documents = folder.Documents;
        }

        return documents.TryGetValue(key, out var document) && !document.IsTooLarge ? new DocumentSnapshot(document, GetCompilation(folder, documents), this) : null;
    }

    /// <summary>A folder's documents and compilation as they are now (empty when the folder is gone).</summary>
    public FolderSnapshot GetFolder(string folderKey)
    {
        Folder? folder;
        ImmutableDictionary<string, Document> documents;
        ImmutableDictionary<string, Diagnostic> toolErrors;
        bool loading;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out folder)) return new FolderSnapshot(folderKey, ImmutableArray<Document>.Empty, null, InWorkspace: false, Loading: false, NoToolErrors);
            documents = folder.Documents;
            toolErrors = folder.ToolErrors;
            loading = folder.PendingLoads > 0;
        }

        var ordered = documents.Values.OrderBy(document => document.Key, StringComparer.Ordinal).ToImmutableArray();
        return new FolderSnapshot(folderKey, ordered, GetCompilation(folder, documents), folder.InWorkspace, loading, toolErrors);
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

    private Compilation GetCompilation(Folder folder, ImmutableDictionary<string, Document> documents)
    {
        Compilation? cached;
        CompilationOptions options;
        lock (_gate)
        {
            cached = folder.Compilation;
            options = folder.Options;
        }

        var compilation = Update(cached, documents, options);
        lock (_gate)
        {
            if (folder.Documents == documents) folder.Compilation = compilation;
        }

        return compilation;
    }

    /// <summary>The cached compilation when it has exactly these trees; else the cache with the changed trees swapped in; else a new one.</summary>
    private static Compilation Update(Compilation? cached, ImmutableDictionary<string, Document> documents, CompilationOptions options)
    {
        var trees = documents.Values.OrderBy(document => document.Key, StringComparer.Ordinal).Select(document => document.Tree).ToList();
        if (cached is null || cached.Options != options || cached.SyntaxTrees.Any(tree => !documents.ContainsKey(tree.FilePath)))
            return Compilation.Create(trees, options);
        var compilation = cached;
        foreach (var tree in trees)
        {
            if (!compilation.SyntaxTrees.Contains(tree)) compilation = compilation.WithSyntaxTree(tree);
        }

        return compilation;
    }

    public void Dispose() => _disk.Dispose();

    private bool IsInWorkspace(string folderKey) =>
        RootPath is not null && DocumentUris.IsFilePath(folderKey) &&
        (folderKey == RootPath || folderKey.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    // The jobs below run on the disk thread.

    private void LoadWorkspace(string root)
    {
        if (_files.GetStatus(root, followLinks: true, out _) is not { Kind: FileKind.Folder }) return;
        var (found, walkErrors) = FolderWalk.Run(_files, InputRoot.Of(_files, root));
        var config = NewConfig();
        var files = found.GroupBy(file => DocumentUris.FolderOf(Path.GetFullPath(file.Path)), StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var walkErrorsByFolder = ByFolder(walkErrors);
        // Each folder is merged as soon as it is read: one slow read holds back its own folder only.
        foreach (var folderKey in files.Keys.Union(walkErrorsByFolder.Keys).Order(StringComparer.Ordinal))
        {
            var readErrors = new List<Diagnostic>();
            var documents = files.TryGetValue(folderKey, out var inFolder) ? ReadAll(inFolder, readErrors) : [];
            var errors = (walkErrorsByFolder.GetValueOrDefault(folderKey) ?? NoToolErrors).SetItems(Keyed(readErrors));
            Merge(folderKey, documents, errors, config.SeveritiesFor(folderKey), loaded: null);
        }
    }

    private void LoadFolder(string folderKey, Folder folder)
    {
        var documents = new List<Document>();
        var errors = new List<Diagnostic>();
        var severities = NoSeverities;
        try
        {
            if (_files.GetStatus(folderKey, followLinks: true, out _) is not { Kind: FileKind.Folder }) return;
            var root = folder.InWorkspace && RootPath is not null ? InputRoot.Of(_files, RootPath) : InputRoot.Of(_files, folderKey);
            var (found, walkErrors) = FolderWalk.RunOne(_files, root, folderKey);
            errors.AddRange(walkErrors);
            documents = ReadAll(found, errors);
            severities = NewConfig().SeveritiesFor(folderKey);
        }
        finally
        {
            // Whatever happened, the folder stops waiting for its files: it is published with those that were read.
            Merge(folderKey, documents, Keyed(errors), severities, loaded: folder);
        }
    }

    private void ReadBack(string folderKey, string key, Document standIn)
    {
        var errors = new List<Diagnostic>();
        var onDisk = Read(new RecordFile(key, InputRoot.OfFile(_files, key), Identity: null), errors);
        var refused = Keyed(errors);
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var current) || current != standIn) return;
            folder.Documents = onDisk is null ? folder.Documents.Remove(key) : folder.Documents.SetItem(key, onDisk);
            folder.ToolErrors = refused.TryGetValue(key, out var error) ? folder.ToolErrors.SetItem(key, error) : folder.ToolErrors.Remove(key);
            if (folder.Documents.IsEmpty && folder.ToolErrors.IsEmpty) _folders.Remove(folderKey);
        }

        FolderChanged?.Invoke(folderKey);
    }

    /// <summary>
    /// Adds documents read from disk to a folder, never over one already there (an open document, or a closed one
    /// whose own read-back is queued), and sets the errors of the files the input layer refused. <paramref name="loaded"/> is the folder whose load this completes; when that
    /// folder is gone meanwhile (every document closed), the result is dropped.
    /// </summary>
    private void Merge(string folderKey, List<Document> documents, ImmutableDictionary<string, Diagnostic> toolErrors, IReadOnlyDictionary<string, ReportDiagnostic> severities, Folder? loaded)
    {
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                if (loaded is not null || (documents.Count == 0 && toolErrors.IsEmpty)) return;
                folder = _folders[folderKey] = new Folder(ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal), inWorkspace: true);
            }
            else if (loaded is not null && folder != loaded)
            {
                return;
            }

            foreach (var document in documents)
            {
                if (!folder.Documents.ContainsKey(document.Key)) folder.Documents = folder.Documents.Add(document.Key, document);
            }

            // What the disk refused, as it is now (an open document's own text stands in for its file).
            folder.ToolErrors = toolErrors.RemoveRange(toolErrors.Keys.Where(key => folder.Documents.TryGetValue(key, out var document) && document.IsOpen));
            folder.Severities = severities;
            folder.RefreshOptions();
            if (loaded is not null) folder.PendingLoads--;
        }

        FolderChanged?.Invoke(folderKey);
    }

    private List<Document> ReadAll(IEnumerable<RecordFile> files, List<Diagnostic> errors)
    {
        var documents = new List<Document>();
        foreach (var file in files)
        {
            // An open document wins over its copy on disk: do not read what would be thrown away.
            if (IsOpen(Path.GetFullPath(file.Path))) continue;
            if (Read(file, errors) is { } document) documents.Add(document);
        }

        return documents;
    }

    private bool IsOpen(string key)
    {
        lock (_gate) return _folders.TryGetValue(DocumentUris.FolderOf(key), out var folder) && folder.Documents.TryGetValue(key, out var document) && document.IsOpen;
    }

    private Document? Read(RecordFile file, List<Diagnostic> errors)
    {
        var path = Path.GetFullPath(file.Path);
        var read = _files.ReadFile(path, _documentBytes, file.Identity);
        if (read.Bytes is not null) return new Document(path, DocumentUris.FromPath(path), SourceText.From(read.Bytes, path), version: null, isOpen: false);

        // A closed file over the size limit (the same as an open document's) is never read (parsed, it would cost about
        // 80 bytes of memory per byte): it stands in the folder empty, with NEG1010, as negc gives it and as an open document over the limit is.
        if (read.Failure == FileReadFailure.TooLarge) return Document.NotRead(path, DocumentUris.FromPath(path), read.Length, _documentBytes);
        // A file that is not there (never saved, or deleted) is simply no document: there is nothing to refuse.
        if (read.Failure == FileReadFailure.NotFound) return null;
        if (read.ToError(path) is { } error) errors.Add(error);
        return null;
    }

    /// <summary>Errors of the input layer by the folder of the file or folder each is about (see <see cref="Keyed"/>).</summary>
    private Dictionary<string, ImmutableDictionary<string, Diagnostic>> ByFolder(IEnumerable<Diagnostic> errors) =>
        Keyed(errors).GroupBy(pair => DocumentUris.FolderOf(pair.Key), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => NoToolErrors.AddRange(group), StringComparer.Ordinal);

    /// <summary>
    /// Errors of the input layer by the full path of the file or folder each is about, where they are published as
    /// negc prints them (the first for a path); each goes to the log too, and one about no path only there.
    /// </summary>
    private ImmutableDictionary<string, Diagnostic> Keyed(IEnumerable<Diagnostic> errors)
    {
        var keyed = NoToolErrors;
        foreach (var error in errors)
        {
            Log(error);
            if (error.Location.Kind != LocationKind.None && !keyed.ContainsKey(Path.GetFullPath(error.Location.FilePath))) keyed = keyed.Add(Path.GetFullPath(error.Location.FilePath), error);
        }

        return keyed;
    }

    /// <summary>Severities from negconfig.json files, found and read as the CLI finds and reads them; problems go to the log.</summary>
    private NegConfig NewConfig() => new(_files, new LoggedErrors(this));

    /// <summary>The log's own prefix says who speaks: the error goes in without negc's.</summary>
    private void Log(Diagnostic error) => _log.WriteLine($"{Diagnostic.SeverityText(error.Severity)} {error.Code}: {error.Message}");

    private sealed class Folder(ImmutableDictionary<string, Document> documents, bool inWorkspace)
    {
        public ImmutableDictionary<string, Document> Documents { get; set; } = documents;

        /// <summary>The files (and folders) of this folder that the input layer refused, by full path.</summary>
        public ImmutableDictionary<string, Diagnostic> ToolErrors { get; set; } = NoToolErrors;
        public bool InWorkspace { get; } = inWorkspace;
        public IReadOnlyDictionary<string, ReportDiagnostic> Severities { get; set; } = NoSeverities;
        public CompilationOptions Options { get; private set; } = CompilationOptions.Default;
        public Compilation? Compilation { get; set; }

        /// <summary>Loads of this folder's files queued and not yet merged: its diagnostics wait for them.</summary>
        public int PendingLoads { get; set; }

        /// <summary>Every file of the folder takes the folder's severities (a file added later too, without the disk).</summary>
        public void RefreshOptions()
        {
            var options = CompilationOptions.Default;
            if (Severities.Count > 0)
            {
                foreach (var key in Documents.Keys)
                {
                    if (DocumentUris.IsFilePath(key)) options = options.WithSeverities(key, Severities);
                }
            }

            Options = options;
        }
    }

    /// <summary>A collection that writes each configuration problem to the log instead of keeping it.</summary>
    private sealed class LoggedErrors(Workspace workspace) : Collection<Diagnostic>
    {
        protected override void InsertItem(int index, Diagnostic item) => workspace.Log(item);
    }
}

/// <summary>The documents of one folder and their compilation at one moment.</summary>
/// <param name="Loading">Files of the folder are still being read from disk: its diagnostics would miss their names.</param>
/// <param name="ToolErrors">The files of the folder the input layer refused (a FIFO, a link out of the workspace, ...), by full path.</param>
internal sealed record FolderSnapshot(string Key, ImmutableArray<Document> Documents, Compilation? Compilation, bool InWorkspace, bool Loading, ImmutableDictionary<string, Diagnostic> ToolErrors);
