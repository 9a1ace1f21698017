using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// The files negc finds beside the records and reads as JSON (<c>negconfig.json</c>, <c>negarchive.json</c>): read like
/// a record (a regular file only, so a FIFO, a device or a file of /proc is refused without waiting), at most
/// <see cref="SizeLimit"/> bytes, then parsed with comments and trailing commas allowed. Whoever wrote the records
/// wrote these too, so nothing in them is trusted to be JSON.
/// </summary>
internal static class JsonConfigFile
{
    /// <summary>Such a file is a few lines; this is only a bound on what a stray file costs.</summary>
    public const long SizeLimit = 1024 * 1024;

    /// <summary>
    /// The bytes of <paramref name="path"/>, or null: when it does not exist, or with the reason it was not read added to
    /// <paramref name="errors"/> (about <paramref name="shownPath"/>). <paramref name="status"/> is what it is (for a
    /// link, what the link leads to when it leads somewhere).
    /// </summary>
    public static byte[]? Read(IInputFileSystem files, string path, string shownPath, ICollection<Diagnostic> errors, out FileStatus? status)
    {
        status = files.GetStatus(path, followLinks: false, out var error);
        if (status is null)
        {
            if (error is not null) errors.Add(DiagnosticCatalog.ReadFailed(shownPath, error));
            return null;
        }

        if (status.Value.Kind == FileKind.Link && files.GetStatus(path, followLinks: true, out _) is { } target) status = target;
        var read = files.ReadFile(path, SizeLimit, status.Value.Kind == FileKind.Link ? null : status.Value.Identity);
        if (read.Bytes is null) errors.Add(read.ToError(shownPath)!);
        return read.Bytes;
    }

    /// <summary>What <paramref name="readRoot"/> makes of the document, or null with NEG9004 about <paramref name="shownPath"/> when it is not JSON.</summary>
    // Kept out of Read so that System.Text.Json is only loaded when such a file exists (most runs have none).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T? Parse<T>(string shownPath, byte[] bytes, ICollection<Diagnostic> errors, Func<JsonElement, T?> readRoot)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return readRoot(document.RootElement);
        }
        catch (JsonException exception)
        {
            errors.Add(DiagnosticCatalog.InvalidConfig(shownPath, exception.Message));
            return null;
        }
    }
}
