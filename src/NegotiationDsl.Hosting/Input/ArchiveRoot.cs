using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// Finds the archive a path belongs to: the nearest folder at or above it that holds <c>negarchive.json</c>. The
/// search stops where the search for <c>negconfig.json</c> stops (<see cref="ConfigBoundary"/>): an archive is
/// the records' owner's, so it is never taken from a folder every user can write or from above the repository.
/// </summary>
internal static class ArchiveRoot
{
    public const string FileName = "negarchive.json";

    /// <summary>The keys of the file's object; docs/schema/negarchive.schema.json describes the same (a test compares the two).</summary>
    public const string NameKey = "name";

    public static readonly IReadOnlyList<string> Keys = [NameKey];

    /// <summary>
    /// The full path of the archive's root folder, or null when <paramref name="path"/> is in none. Whatever the
    /// entry named negarchive.json is (a FIFO, a folder, a link to a device) it marks the root, so that reading it
    /// (<see cref="Read"/>) says what is wrong, rather than its records being taken for records outside any archive.
    /// </summary>
    public static string? Find(IInputFileSystem files, ConfigBoundary boundary, string path)
    {
        // Without a trailing separator, so that "archive/" and "archive" find the same root (and bind it once).
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var folder = files.GetStatus(full, followLinks: true, out _) is { Kind: FileKind.Folder } ? full : Path.GetDirectoryName(full);
        while (folder is not null && !boundary.IsClosed(folder))
        {
            if (files.GetStatus(Path.Join(folder, FileName), followLinks: false, out _) is not null) return folder;
            if (boundary.IsBoundary(folder)) return null;
            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    /// <summary>
    /// Reads the root's negarchive.json as a JSON object whose only key is an optional "name" string (docs/language.md,
    /// "The archive root"), and returns that name. What is wrong with the file is added to <paramref name="errors"/>:
    /// the archive is still bound (the file marks the root), but the run fails (exit code 2).
    /// </summary>
    public static string? Read(IInputFileSystem files, string root, ICollection<Diagnostic> errors)
    {
        var full = Path.Join(root, FileName);
        var path = SourceFileCollector.DisplayPath(full);
        if (JsonConfigFile.Read(files, full, path, errors, out _) is not { } bytes) return null;
        return JsonConfigFile.Parse(path, bytes, errors, archive =>
        {
            if (archive.ValueKind != JsonValueKind.Object)
            {
                errors.Add(DiagnosticCatalog.InvalidConfig(path, "it must hold a JSON object, such as { \"name\": \"Geneva talks\" }"));
                return null;
            }

            if (!archive.TryGetProperty(NameKey, out var name)) return null;
            if (name.ValueKind == JsonValueKind.String) return name.GetString();
            errors.Add(DiagnosticCatalog.InvalidConfig(path, "\"name\" must be a string"));
            return null;
        });
    }
}
