using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Text;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// What the workspace reads from disk, only through the input layer (<see cref="IInputFileSystem"/>,
/// <see cref="FolderWalk"/>, <see cref="NegConfig"/>, <see cref="ArchiveRoot"/>: the CLI's rules for links, special
/// files, configuration and archives) and within the server's size limit of a document. Used on the disk thread only.
/// </summary>
internal sealed class WorkspaceDisk(IInputFileSystem files, long documentBytes, ServerLog log)
{
    public IInputFileSystem Files => files;

    public bool IsFolder(string path) => files.GetStatus(path, followLinks: true, out _) is { Kind: FileKind.Folder };

    /// <summary>The root of the archive <paramref name="path"/> is in (found as negc finds it), or null.</summary>
    public string? ArchiveRootOf(string path, ConfigBoundary boundary) => ArchiveRoot.Find(files, boundary, path);

    /// <summary>Every record file below <paramref name="root"/>, by folder.</summary>
    public FolderListing Walk(string root)
    {
        var (found, errors) = FolderWalk.Run(files, InputRoot.Of(files, root));
        return new FolderListing(this, found, errors);
    }

    /// <summary>The record files directly in <paramref name="folder"/>, links judged against <paramref name="root"/>.</summary>
    public FolderListing List(string root, string folder)
    {
        var (found, errors) = FolderWalk.RunOne(files, InputRoot.Of(files, root), folder);
        return new FolderListing(this, found, errors);
    }

    /// <summary>Severities from negconfig.json files, found and read as the CLI finds and reads them; problems go to the log.</summary>
    public NegConfig NewConfig(ConfigBoundary boundary) => new(files, new LoggedErrors(this), boundary);

    /// <summary>The files as documents, but those <paramref name="skip"/> names (an open document wins over its copy on disk: do not read what would be thrown away).</summary>
    public List<Document> ReadAll(IEnumerable<RecordFile> found, List<Diagnostic> errors, Func<string, bool> skip)
    {
        var documents = new List<Document>();
        foreach (var file in found)
        {
            if (skip(Path.GetFullPath(file.Path))) continue;
            if (Read(file, errors) is { } document) documents.Add(document);
        }

        return documents;
    }

    public Document? Read(RecordFile file, List<Diagnostic> errors)
    {
        var path = Path.GetFullPath(file.Path);
        var read = files.ReadFile(path, documentBytes, file.Identity);
        if (read.Bytes is not null) return new Document(path, DocumentUris.FromPath(path), SourceText.From(read.Bytes, path), version: null, isOpen: false);

        // A closed file over the size limit (the same as an open document's) is never read (parsed, it would cost about
        // 80 bytes of memory per byte): it stands in the folder empty, with NEG1010, as negc gives it and as an open document over the limit is.
        if (read.Failure == FileReadFailure.TooLarge) return Document.NotRead(path, DocumentUris.FromPath(path), read.Length, documentBytes);
        // A file that is not there (never saved, or deleted) is simply no document: there is nothing to refuse.
        if (read.Failure == FileReadFailure.NotFound) return null;
        if (read.ToError(path) is { } error) errors.Add(error);
        return null;
    }

    /// <summary>
    /// Errors of the input layer by the full path of the file or folder each is about, where they are published as
    /// negc prints them (the first for a path); each goes to the log too, and one about no path only there.
    /// </summary>
    public ImmutableDictionary<string, Diagnostic> Keyed(IEnumerable<Diagnostic> errors)
    {
        var keyed = FolderState.NoToolErrors;
        foreach (var error in errors)
        {
            Log(error);
            if (error.Location.Kind != LocationKind.None && !keyed.ContainsKey(Path.GetFullPath(error.Location.FilePath))) keyed = keyed.Add(Path.GetFullPath(error.Location.FilePath), error);
        }

        return keyed;
    }

    /// <summary>The log's own prefix says who speaks: the error goes in without negc's.</summary>
    private void Log(Diagnostic error) => log.WriteLine($"{Diagnostic.SeverityText(error.Severity)} {error.Code}: {error.Message}");

    /// <summary>A collection that writes each configuration problem to the log instead of keeping it.</summary>
    private sealed class LoggedErrors(WorkspaceDisk disk) : Collection<Diagnostic>
    {
        protected override void InsertItem(int index, Diagnostic item) => disk.Log(item);
    }
}

/// <summary>What a walk found, by folder: the record files, and the input layer's errors (logged once, as they are keyed).</summary>
internal sealed class FolderListing
{
    private readonly Dictionary<string, List<RecordFile>> _files;
    private readonly Dictionary<string, ImmutableDictionary<string, Diagnostic>> _errors;

    public FolderListing(WorkspaceDisk disk, List<RecordFile> found, List<Diagnostic> errors)
    {
        _files = found.GroupBy(file => DocumentUris.FolderOf(Path.GetFullPath(file.Path)), StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        AllErrors = disk.Keyed(errors);
        _errors = AllErrors.GroupBy(pair => DocumentUris.FolderOf(pair.Key), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => FolderState.NoToolErrors.AddRange(group), StringComparer.Ordinal);
        Folders = _files.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every folder with record files or errors, in path order.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Every error, by the full path it is about.</summary>
    public ImmutableDictionary<string, Diagnostic> AllErrors { get; }

    public IReadOnlyList<RecordFile> FilesOf(string folder) => _files.TryGetValue(folder, out var files) ? files : [];

    public ImmutableDictionary<string, Diagnostic> ErrorsOf(string folder) => _errors.GetValueOrDefault(folder) ?? FolderState.NoToolErrors;
}
