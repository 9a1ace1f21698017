using System.IO;

namespace NegotiationDsl.Hosting.Files;

/// <summary>
/// What the disk says about a path, for reading and writing alike: its status (a link followed or not), its real
/// path and its hard links, and the one change of owner formatting needs. Through <see cref="NativeFiles"/> on Unix;
/// on Windows through .NET's file API, where identity, permissions, owners and hard links are unknown.
/// Bytes are read by <see cref="RegularFile"/> only.
/// </summary>
internal static class Disk
{
    /// <summary>The user negc runs as; null where there are no Unix owners.</summary>
    public static uint? CurrentUserId => NativeFiles.CanStat ? NativeFiles.EffectiveUserId : null;

    /// <summary>What is at <paramref name="path"/>; null with a null <paramref name="error"/> when nothing is, null with the system's message when it cannot be looked at.</summary>
    public static FileStatus? Status(string path, bool followLinks, out string? error)
    {
        error = null;
        if (NativeFiles.CanStat)
        {
            var status = NativeFiles.Status(path, followLinks, out var errno);
            if (status is null && !NativeFiles.IsNotFound(errno)) error = NativeFiles.ErrorMessage(errno);
            return status;
        }

        return WindowsStatus(path, followLinks, out error);
    }

    /// <summary>What <paramref name="path"/> itself is (a link is not followed); null when nothing is there.</summary>
    /// <exception cref="IOException">It cannot be looked at (a folder on the way that may not be searched, an I/O error).</exception>
    public static FileStatus? Entry(string path)
    {
        var status = Status(path, followLinks: false, out var error);
        return error is null ? status : throw new IOException($"Could not inspect '{path}': {error}.");
    }

    /// <summary>The path with every link resolved; null when some part of it does not exist or cannot be resolved (the links loop).</summary>
    public static string? RealPath(string path)
    {
        if (NativeFiles.CanStat) return NativeFiles.RealPath(path);
        try
        {
            // Windows: the final target of a link chain (junctions and links in the middle stay as they are).
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path)) : null;
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>How many hard links <paramref name="path"/> itself has; null where the system does not say (everywhere but Linux).</summary>
    public static uint? LinkCount(string path) => NativeFiles.CanStat ? NativeFiles.LinkCount(path) : null;

    /// <summary>Sets the owner and group of <paramref name="path"/> itself (<see cref="uint.MaxValue"/> leaves one as it is).</summary>
    /// <returns>False when they could not be set, or where files have no Unix owners.</returns>
    public static bool TryChangeOwner(string path, uint owner, uint group) => NativeFiles.CanStat && NativeFiles.TryChangeOwner(path, owner, group);

    private static FileStatus? WindowsStatus(string path, bool followLinks, out string? error)
    {
        error = null;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists) return null;
            if (followLinks && info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
                if (!info.Exists) return null;
            }

            var attributes = info.Attributes;
            var kind = (attributes & FileAttributes.ReparsePoint) != 0 && !followLinks ? FileKind.Link
                : (attributes & FileAttributes.Directory) != 0 ? FileKind.Folder
                : (attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice
                : FileKind.Regular;
            return new FileStatus(kind, null, info is FileInfo file ? file.Length : 0, 0, null, null);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            error = exception.Message;
            return null;
        }
    }
}
