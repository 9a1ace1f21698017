using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli.Input;
using NegotiationDsl.Cli.LanguageServer.Protocol;
using NegotiationDsl.Text;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// The documents the server knows: open ones with the editor's text and version, closed ones of the
/// workspace folder as read from disk (once, at initialize). As in the CLI, a folder is one compilation;
/// each folder keeps one immutable <see cref="Compilation"/>, renewed with
/// <see cref="Compilation.WithSyntaxTree"/> when one of its documents changes. State changes take a lock
/// and are cheap (parsing and binding happen later, outside it, on the snapshot being asked about).
/// </summary>
internal sealed class Workspace
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly TextWriter _log;
    private readonly long _documentBytes;

    /// <param name="documentBytes">The size limit of an open document (<see cref="LanguageServerLimits.DocumentBytes"/>).</param>
    public Workspace(TextWriter log, long? documentBytes = null)
    {
        _log = log;
        _documentBytes = documentBytes ?? FileSizeLimit.Bytes;
    }

    /// <summary>The workspace folder (null when the editor opened single files).</summary>
    public string? RootPath { get; private set; }

    /// <summary>Reads every .neg file below <paramref name="rootPath"/>; returns the folders found.</summary>
    public IReadOnlyList<string> Initialize(string? rootPath)
    {
        if (rootPath is null || !Directory.Exists(rootPath)) return Array.Empty<string>();
        RootPath = Path.GetFullPath(rootPath);
        var files = SourceFileCollector.Collect(new[] { RootPath }).Files;
        var loaded = new List<string>();
        foreach (var group in files.Select(Path.GetFullPath).GroupBy(DocumentUris.FolderOf, StringComparer.Ordinal))
        {
            var documents = group.Select(ReadFromDisk).OfType<Document>().ToImmutableDictionary(document => document.Key, StringComparer.Ordinal);
            lock (_gate) _folders[group.Key] = new Folder(documents, inWorkspace: true, LoadOptions(documents));
            loaded.Add(group.Key);
        }

        return loaded;
    }

    /// <summary>Opens a document (its folder's other files are read from disk if the folder is new); returns its folder.</summary>
    public string Open(string uri, string text, int version)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        var document = new Document(key, uri, SourceText.From(text, key), version, isOpen: true, _documentBytes);
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                var siblings = SiblingsOnDisk(key).ToImmutableDictionary(sibling => sibling.Key, StringComparer.Ordinal);
                folder = _folders[folderKey] = new Folder(siblings, inWorkspace: IsInWorkspace(folderKey), CompilationOptions.Default);
            }

            var isNew = !folder.Documents.ContainsKey(key);
            folder.Documents = folder.Documents.SetItem(key, document);
            if (isNew) folder.Options = LoadOptions(folder.Documents);
        }

        return folderKey;
    }

    /// <summary>Applies the editor's changes in order (UTF-16 positions, clamped into the text); returns the folder, or null for an unknown document.</summary>
    public string? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        lock (_gate)
        {
            // A file of the folder that the editor has not opened is the copy on disk: an edit to it would be a client error.
            if (!_folders.TryGetValue(folderKey, out var folder) || !folder.Documents.TryGetValue(key, out var document) || !document.IsOpen) return null;
            // The document's own text already knows its lines; only a second change in one notification needs a new one.
            var text = document.Text;
            foreach (var change in changes) text = SourceText.From(Apply(text, change), key);
            folder.Documents = folder.Documents.SetItem(key, new Document(key, document.Uri, text, version, isOpen: true, _documentBytes));
        }

        return folderKey;
    }

    /// <summary>
    /// Closes a document: its saved file takes its place, or it leaves the workspace when there is none. Returns
    /// its folder, or null when the document was not open. Only a .neg file is read back (never, say, a device
    /// that an odd URI named).
    /// </summary>
    public string? Close(string uri)
    {
        var key = DocumentUris.ToKey(uri);
        var folderKey = DocumentUris.FolderOf(key);
        if (!IsOpen(key)) return null;
        var onDisk = DocumentUris.IsFilePath(key) && key.EndsWith(SourceFileCollector.Extension, StringComparison.OrdinalIgnoreCase) ? ReadFromDisk(key) : null;
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out var folder)) return null;
            folder.Documents = onDisk is null ? folder.Documents.Remove(key) : folder.Documents.SetItem(key, onDisk);
            if (!folder.InWorkspace && !folder.Documents.Values.Any(document => document.IsOpen)) folder.Documents = folder.Documents.Clear();
            if (folder.Documents.IsEmpty) _folders.Remove(folderKey);
        }

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
        lock (_gate)
        {
            if (!_folders.TryGetValue(folderKey, out folder)) return new FolderSnapshot(folderKey, ImmutableArray<Document>.Empty, null, InWorkspace: false);
            documents = folder.Documents;
        }

        var ordered = documents.Values.OrderBy(document => document.Key, StringComparer.Ordinal).ToImmutableArray();
        return new FolderSnapshot(folderKey, ordered, GetCompilation(folder, documents), folder.InWorkspace);
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

    private static string Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return change.Text;
        var lines = LspLines.Of(text);
        var start = lines.OffsetOf(change.Range.Start);
        var end = lines.OffsetOf(change.Range.End);
        if (end < start) (start, end) = (end, start);
        return string.Concat(text.Text.AsSpan(0, start), change.Text, text.Text.AsSpan(end));
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

    private bool IsOpen(string key)
    {
        lock (_gate) return _folders.TryGetValue(DocumentUris.FolderOf(key), out var folder) && folder.Documents.TryGetValue(key, out var document) && document.IsOpen;
    }

    private bool IsInWorkspace(string folderKey) =>
        RootPath is not null && DocumentUris.IsFilePath(folderKey) &&
        (folderKey == RootPath || folderKey.StartsWith(RootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private IEnumerable<Document> SiblingsOnDisk(string key)
    {
        if (!DocumentUris.IsFilePath(key) || Path.GetDirectoryName(key) is not { } directory || !Directory.Exists(directory)) return Enumerable.Empty<Document>();
        return Directory.EnumerateFiles(directory, "*" + SourceFileCollector.Extension)
            .Select(Path.GetFullPath)
            .Where(path => path != key)
            .Select(ReadFromDisk)
            .OfType<Document>()
            .ToList();
    }

    private Document? ReadFromDisk(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            // A closed file over the CLI's size limit stays out of the folder's compilation, as negc would
            // refuse it: reading it would cost the server about 80 bytes of memory per byte.
            var length = new FileInfo(path).Length;
            if (length > FileSizeLimit.Bytes)
            {
                _log.WriteLine($"negc lsp: {path} is not read: {length} bytes, over the {FileSizeLimit.Bytes}-byte limit (NEGC_MAX_FILE_MB)");
                return null;
            }

            return new Document(path, DocumentUris.FromPath(path), SourceText.From(File.ReadAllBytes(path), path), version: null, isOpen: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"negc lsp: could not read {path}: {exception.Message}");
            return null;
        }
    }

    /// <summary>Severities from negconfig.json files, as the CLI reads them.</summary>
    private CompilationOptions LoadOptions(ImmutableDictionary<string, Document> documents)
    {
        var errors = new List<string>();
        var options = NegConfig.LoadOptions(documents.Values.Where(document => DocumentUris.IsFilePath(document.Key)).Select(document => document.Tree).ToList(), errors);
        foreach (var error in errors) _log.WriteLine(error);
        return options;
    }

    private sealed class Folder(ImmutableDictionary<string, Document> documents, bool inWorkspace, CompilationOptions options)
    {
        public ImmutableDictionary<string, Document> Documents { get; set; } = documents;
        public bool InWorkspace { get; } = inWorkspace;
        public CompilationOptions Options { get; set; } = options;
        public Compilation? Compilation { get; set; }
    }
}

/// <summary>The documents of one folder and their compilation at one moment.</summary>
internal sealed record FolderSnapshot(string Key, ImmutableArray<Document> Documents, Compilation? Compilation, bool InWorkspace);
