using System;
using System.IO;
using System.Text;
using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>
/// The hidden temporary files (<c>.negc-NAME.GUID.tmp</c>) that content is written to beside its target before being
/// moved over it, so that readers see the old file or the complete new one. Created exclusively (never through an
/// existing entry or link), flushed to disk before anything is moved. NAME is the target's name cut to
/// <see cref="MaxNameBytes"/>, so the temporary file's name stays far below the 255 bytes a file name may have,
/// however long the target's is.
/// </summary>
internal static class TemporaryFiles
{
    private const string Prefix = ".negc-";
    private const string Suffix = ".tmp";
    private const int GuidLength = 32;

    /// <summary>The most of the target's name a temporary file's name repeats: 91 bytes in all at most.</summary>
    public const int MaxNameBytes = 48;

    /// <summary>Writes <paramref name="bytes"/> to a new temporary file beside <paramref name="target"/> and returns its path.</summary>
    /// <param name="mode">The permission bits the file gets from its creation on (null: the process's default).</param>
    public static string Write(string target, byte[] bytes, UnixFileMode? mode = null)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, NameFor(Path.GetFileName(target)));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (mode is { } bits && !OperatingSystem.IsWindows()) options.UnixCreateMode = bits;
        try
        {
            using var stream = new FileStream(temporary, options);
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush(flushToDisk: true);
            return temporary;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A new temporary file's name for a target named <paramref name="fileName"/>.</summary>
    public static string NameFor(string fileName) => Prefix + Cut(fileName, MaxNameBytes) + "." + Guid.NewGuid().ToString("N") + Suffix;

    /// <summary>
    /// Is this the name of a temporary file of ours: <c>.</c>, a name, <c>.</c>, 32 hex digits and <c>.tmp</c>? That is
    /// what <see cref="NameFor"/> makes, and what negc made before the name was cut (<c>.NAME.GUID.tmp</c>).
    /// </summary>
    public static bool IsTemporaryName(string fileName)
    {
        if (!fileName.StartsWith('.') || !fileName.EndsWith(Suffix, StringComparison.Ordinal)) return false;
        var end = fileName.Length - Suffix.Length;
        var start = end - GuidLength;
        return start > 2 && fileName[start - 1] == '.' && Guid.TryParseExact(fileName.AsSpan(start, GuidLength), "N", out _);
    }

    /// <summary>Removes the temporary files a killed run left in <paramref name="folder"/> (the caller holds the folder's lock).</summary>
    public static void RemoveLeftovers(string folder)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, ".*" + Suffix))
        {
            if (IsTemporaryName(Path.GetFileName(path)) && Disk.Entry(path)?.Kind is FileKind.Regular or FileKind.Link) File.Delete(path);
        }
    }

    /// <summary>The longest beginning of <paramref name="name"/> that has at most <paramref name="maxBytes"/> bytes in UTF-8, cut between characters.</summary>
    private static string Cut(string name, int maxBytes)
    {
        int length = 0, bytes = 0;
        while (length < name.Length)
        {
            var step = char.IsSurrogatePair(name, length) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(name.AsSpan(length, step));
            if (bytes > maxBytes) break;
            length += step;
        }

        return name[..length];
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file that cannot be removed now is a leftover the next run removes.
        }
    }
}
