using System;
using System.Collections.Generic;
using System.IO;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>
/// Updates the files of one output folder all or nothing, one negc at a time, and only inside it:
/// <list type="number">
/// <item>takes the folder's lock (<see cref="OutputFolderLock"/>), then removes temporary files killed runs left;</item>
/// <item>checks every target and the folders on its way: a symbolic link below the output folder is refused
/// (NEG9020), and so is a target that is not a regular file (NEG9021), which is never opened;</item>
/// <item>writes every changed file to a temporary file beside its target, flushed to disk; files whose content
/// is unchanged are left alone, timestamp included;</item>
/// <item>only when all of that succeeded, checks the folders again and moves each temporary file over its target.</item>
/// </list>
/// A failure before the moves leaves the folder as it was (temporary files and new folders removed). The moves
/// themselves are one rename each: a failure among them, or a kill, can leave some targets new and others old, a
/// window as long as the renames take (docs/reliability.md).
/// </summary>
internal sealed class OutputTransaction
{
    private readonly string _root;
    private readonly string _shownRoot;
    private readonly HashSet<string> _checkedFolders = new(StringComparer.Ordinal);
    private readonly List<string> _createdFolders = new();
    private readonly List<Staged> _staged = new();

    private OutputTransaction(string root, string shownRoot)
    {
        _root = root;
        _shownRoot = shownRoot;
    }

    /// <summary>Writes <paramref name="outputs"/> (paths under <paramref name="outputFolder"/>) into it as one transaction.</summary>
    /// <returns>For each output, whether it was written (false: it already had this content).</returns>
    /// <exception cref="OutputFolderException">Nothing was written (or, if the moves failed, the message says how much was).</exception>
    public static bool[] Write(string outputFolder, IReadOnlyList<(string Path, string Content)> outputs, TimeSpan? lockTimeout = null)
    {
        var shownRoot = Shown(outputFolder);
        var root = Guard(shownRoot, () => OpenRoot(outputFolder, shownRoot));
        using var folderLock = Guard(shownRoot, () => OutputFolderLock.Acquire(root, shownRoot, lockTimeout ?? OutputFolderLock.DefaultTimeout));
        var transaction = new OutputTransaction(root, shownRoot);
        var committed = false;
        try
        {
            foreach (var (path, content) in outputs) transaction.Stage(path, content, Path.GetFullPath(outputFolder));
            transaction.Commit();
            committed = true;
            return transaction._staged.ConvertAll(item => item.Changed).ToArray();
        }
        finally
        {
            transaction.RemoveTemporaries(removeCreatedFolders: !committed);
        }
    }

    /// <summary>
    /// The output folder the user named, created when missing. It may itself be a symbolic link (the user chose
    /// it): that link is followed once, here, and everything after is written inside the folder it leads to.
    /// </summary>
    private static string OpenRoot(string outputFolder, string shownRoot)
    {
        var root = Path.GetFullPath(outputFolder);
        if (Disk.Entry(root)?.Kind == FileKind.Link)
            root = Directory.ResolveLinkTarget(root, returnFinalTarget: true)?.FullName ?? root;
        if (Disk.Entry(root) is null) Directory.CreateDirectory(root);
        var kind = Disk.Entry(root)?.Kind;
        if (kind != FileKind.Folder) throw NotAFolder(shownRoot, kind);
        return root;
    }

    private void Stage(string path, string content, string fullOutputFolder)
    {
        var shown = Shown(path);
        var relative = RelativePath.Below(fullOutputFolder, path)
            ?? throw new OutputFolderException(DiagnosticCatalog.WriteFailed(shown, "it lies outside the output folder."));

        var item = new Staged(shown, Path.Combine(_root, relative), Utf8.GetBytes(content));
        _staged.Add(item);
        Guard(shown, () =>
        {
            EnsureFolders(relative, create: true);
            item.Changed = !HasContent(item);
            if (item.Changed) item.Temporary = TemporaryFiles.Write(item.Target, item.Bytes);
        });
    }

    private void Commit()
    {
        var changed = _staged.FindAll(item => item.Changed);
        // Everything is checked once more before the first move, so a problem found now still changes nothing.
        foreach (var item in changed) Guard(item.Shown, () => Recheck(item));

        var moved = 0;
        foreach (var item in changed)
        {
            try
            {
                Guard(item.Shown, () =>
                {
                    Recheck(item);
                    File.Move(item.Temporary!, item.Target, overwrite: true);
                });
                item.Temporary = null;
                moved++;
            }
            catch (OutputFolderException exception) when (moved > 0)
            {
                throw new OutputFolderException(DiagnosticCatalog.WriteFailed(item.Shown,
                    $"{exception.Error.Message} ({moved} of {changed.Count} changed file(s) had already been replaced: the folder mixes old and new outputs until the next build)"));
            }
        }
    }

    private void Recheck(Staged item)
    {
        EnsureFolders(Path.GetRelativePath(_root, item.Target), create: false);
        CheckTarget(item);
    }

    /// <summary>The folders from the output folder down to the target: each must be a real folder (created when missing).</summary>
    private void EnsureFolders(string relative, bool create)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        var folder = _root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            if (create && _checkedFolders.Contains(folder)) continue;
            var kind = Disk.Entry(folder)?.Kind;
            if (kind is null && create)
            {
                Directory.CreateDirectory(folder);
                _createdFolders.Add(folder);
                kind = Disk.Entry(folder)?.Kind;
            }

            if (kind == FileKind.Link) throw LinkInside(folder);
            if (kind != FileKind.Folder) throw NotAFolder(ShownInside(folder), kind);
            if (create && _checkedFolders.Add(folder)) TemporaryFiles.RemoveLeftovers(folder);
        }

        if (create && _checkedFolders.Add(_root)) TemporaryFiles.RemoveLeftovers(_root);
    }

    private void CheckTarget(Staged item)
    {
        var kind = Disk.Entry(item.Target)?.Kind;
        if (kind == FileKind.Link) throw LinkInside(item.Target);
        if (kind is { } odd and not FileKind.Regular) throw NotRegular(item, odd);
    }

    /// <summary>
    /// Does the target already hold exactly these bytes? Read as records are (<see cref="RegularFile"/>): only a
    /// regular file, checked again on the opened handle, and never more than one byte past the new content's length.
    /// </summary>
    private bool HasContent(Staged item)
    {
        CheckTarget(item);
        var existing = RegularFile.Read(item.Target, item.Bytes.Length);
        return existing.Failure switch
        {
            FileReadFailure.None => existing.Bytes.AsSpan().SequenceEqual(item.Bytes),
            FileReadFailure.NotFound or FileReadFailure.TooLarge => false,
            FileReadFailure.NotRegular => throw NotRegular(item, existing.Kind),
            FileReadFailure.Failed => throw new IOException(existing.Detail),
            _ => throw new OutputFolderException(existing.ToError(item.Shown)!),
        };
    }

    private void RemoveTemporaries(bool removeCreatedFolders)
    {
        foreach (var item in _staged)
        {
            if (item.Temporary is { } temporary) TemporaryFiles.TryDelete(temporary);
        }

        if (!removeCreatedFolders) return;
        for (var i = _createdFolders.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Delete(_createdFolders[i], recursive: false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Not empty or not ours to remove: left as it is.
            }
        }
    }

    private OutputFolderException LinkInside(string path) =>
        new(DiagnosticCatalog.LinkInOutputFolder(ShownInside(path), _shownRoot));

    private static OutputFolderException NotAFolder(string shown, FileKind? kind) =>
        new(DiagnosticCatalog.WriteFailed(shown, $"it is {kind?.Describe() ?? "missing"} where negc needs a folder."));

    private static OutputFolderException NotRegular(Staged item, FileKind kind) =>
        new(DiagnosticCatalog.NotARegularFile(item.Shown, kind.Describe()));

    private string ShownInside(string path) => Path.Combine(_shownRoot, Path.GetRelativePath(_root, path));

    private static string Shown(string path) => Input.SourceFileCollector.DisplayPath(path);

    /// <summary>Runs a step; an error of the system becomes NEG9006 about <paramref name="shown"/>.</summary>
    private static T Guard<T>(string shown, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(DiagnosticCatalog.WriteFailed(shown, exception.Message));
        }
    }

    private static void Guard(string shown, Action step) => Guard(shown, () =>
    {
        step();
        return true;
    });

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private sealed class Staged(string shown, string target, byte[] bytes)
    {
        public string Shown { get; } = shown;
        public string Target { get; } = target;
        public byte[] Bytes { get; } = bytes;
        public bool Changed { get; set; }
        public string? Temporary { get; set; }
    }
}
