using System;
using System.Collections.Generic;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Finds the record files below a root. The rules (README, "What negc reads"):
/// <list type="bullet">
/// <item>Folders named bin, obj and node_modules, and hidden folders (a name that starts with a dot: .git, .vs, a restore's
/// packages folder) are not entered: build output, packages, tools' stores. A package folder below an archive holds
/// a thousand folders a cold check would list for nothing.</item>
/// <item>A link is followed only when its target is inside the root (NEG9009 otherwise); a link to a folder is
/// never followed, since inside the root that folder is walked under its own path anyway. So the walk never
/// leaves the root and a link cannot make it loop.</item>
/// <item>Each folder is walked once, known by its identity (device and inode), so a file system that loops
/// without links (a bind mount of a parent) is caught too (NEG9012).</item>
/// <item>A folder that cannot be listed is an error (NEG9011); the walk goes on with the rest.</item>
/// </list>
/// What the files are (FIFO, device, /proc) is checked when they are read, on the opened handle.
/// </summary>
internal sealed class FolderWalk
{
    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    private readonly IInputFileSystem _files;
    private readonly InputRoot _root;
    private readonly List<RecordFile> _found = new();
    private readonly List<Diagnostic> _errors = new();
    private readonly Dictionary<object, string> _walked = new();

    private FolderWalk(IInputFileSystem files, InputRoot root)
    {
        _files = files;
        _root = root;
    }

    /// <summary>The record files below <paramref name="root"/> (in no particular order) and the errors met on the way.</summary>
    public static (List<RecordFile> Files, List<Diagnostic> Errors) Run(IInputFileSystem files, InputRoot root)
    {
        var walk = new FolderWalk(files, root);
        walk.Walk();
        return (walk._found, walk._errors);
    }

    /// <summary>Only the record files directly in <paramref name="folder"/>, under the same rules (the language server's view of one folder).</summary>
    public static (List<RecordFile> Files, List<Diagnostic> Errors) RunOne(IInputFileSystem files, InputRoot root, string folder)
    {
        var walk = new FolderWalk(files, root);
        walk.List(folder);
        return (walk._found, walk._errors);
    }

    private void Walk()
    {
        var pending = new Stack<string>();
        if (Enter(_root.Folder)) pending.Push(_root.Folder);
        while (pending.Count > 0)
        {
            // Pushed last to first, so folders are walked (and their errors reported) in name order.
            var subfolders = List(pending.Pop());
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    /// <summary>Adds the record files of one folder; returns its subfolders to walk.</summary>
    private List<string> List(string folder)
    {
        var subfolders = new List<string>();
        var listing = _files.ListFolder(folder);
        if (listing.Error is not null)
        {
            _errors.Add(DiagnosticCatalog.FolderUnreadable(Shown(folder), listing.Error));
            return subfolders;
        }

        var entries = new List<FolderEntry>(listing.Entries);
        entries.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case FolderEntryKind.Folder when !IsSkipped(entry.Name) && Enter(entry.Path):
                    subfolders.Add(entry.Path);
                    break;
                case FolderEntryKind.Link:
                    FollowLink(entry);
                    break;
                case FolderEntryKind.File when SourceFileCollector.IsRecordFileName(entry.Name):
                    AddFile(entry);
                    break;
            }
        }

        return subfolders;
    }

    /// <summary>Whether a folder is walked for the first time; a second time is reported as a loop.</summary>
    private bool Enter(string folder)
    {
        // Following links only matters for the root, which may be a link given on the command line.
        var status = _files.GetStatus(folder, followLinks: true, out var error);
        if (status is null)
        {
            if (error is not null) _errors.Add(DiagnosticCatalog.FolderUnreadable(Shown(folder), error));
            return false;
        }

        object key = status.Value.Identity ?? (object)(_files.RealPath(folder) ?? folder);
        if (_walked.TryGetValue(key, out var first))
        {
            _errors.Add(DiagnosticCatalog.FolderLoop(Shown(folder), Shown(first)));
            return false;
        }

        _walked.Add(key, folder);
        return true;
    }

    private void AddFile(FolderEntry entry)
    {
        var status = _files.GetStatus(entry.Path, followLinks: false, out var error);
        if (status is not null) _found.Add(new RecordFile(entry.Path, _root, status.Value.Identity));
        else if (error is not null) _errors.Add(DiagnosticCatalog.ReadFailed(Shown(entry.Path), error));
        // Else it was deleted since the listing: nothing to read.
    }

    private void FollowLink(FolderEntry link)
    {
        var isRecord = SourceFileCollector.IsRecordFileName(link.Name);
        var target = _files.GetStatus(link.Path, followLinks: true, out var error);
        var realPath = target is null ? null : _files.RealPath(link.Path);
        if (target is null || realPath is null)
        {
            // A broken link that is not named like a record may have been a folder or anything else: not ours to judge.
            if (isRecord) _errors.Add(DiagnosticCatalog.BrokenLink(Shown(link.Path), error ?? "its target does not exist"));
            return;
        }

        var isFolder = target.Value.Kind == FileKind.Folder;
        if (!_root.Contains(realPath))
        {
            if (isFolder || isRecord)
                _errors.Add(DiagnosticCatalog.LinkOutsideRoot(Shown(link.Path), realPath, Shown(_root.Folder)));
            return;
        }

        if (!isFolder && isRecord) _found.Add(new RecordFile(link.Path, _root, target.Value.Identity));
    }

    private static string Shown(string path) => SourceFileCollector.DisplayPath(path);

    private static bool IsSkipped(string name) => s_skippedFolders.Contains(name) || name.StartsWith(".", StringComparison.Ordinal);
}
