using System;
using System.IO;
using System.Text;
using NegotiationDsl.Hosting.Files;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>
/// Replaces a regular file's content so that readers only ever see the old or the complete new content: the text
/// goes to a temporary file beside it, is flushed to disk, and is moved over it. The new file keeps the old one's
/// permission bits and, where the system allows, its owner and group (a group it cannot keep gets no permissions);
/// other metadata (extended attributes, ACLs) is not carried over. A process killed mid-way leaves at most a hidden
/// temporary file beside the target, never a partial target. Links are the caller's business: the path given is
/// the file itself (see <see cref="RewriteTarget"/>).
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const UnixFileMode OwnerBits = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupBits = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;

    /// <returns>
    /// False when the new file could not get the old one's group: then the group it has instead never had access,
    /// and gets none. An owner that cannot be kept (only root may give a file away) becomes the user formatting it.
    /// </returns>
    private static bool KeepOwner(string temporary, FileStatus old)
    {
        if (old.OwnerId is not { } owner || old.GroupId is not { } group) return true;
        if (Disk.TryChangeOwner(temporary, owner, group)) return true;
        Disk.TryChangeOwner(temporary, uint.MaxValue, group);
        return Disk.Entry(temporary)?.GroupId == group;
    }

    /// <returns>True (the file was written); a function of this shape so that tests can inject a failing writer.</returns>
    public static bool Write(string path, string content)
    {
        var old = Disk.Entry(path) is { Kind: FileKind.Regular } regular ? regular : (FileStatus?)null;
        // Readable by its owner alone until owner, group and mode are set: no one else sees the text on the way.
        var temporary = TemporaryFiles.Write(path, Utf8.GetBytes(content), old?.Mode & OwnerBits);
        try
        {
            if (old is { } kept && !OperatingSystem.IsWindows())
            {
                // The owner first: changing it clears the set-user-ID and set-group-ID bits the mode may restore.
                var mode = kept.Mode;
                if (!KeepOwner(temporary, kept)) mode &= ~GroupBits;
                File.SetUnixFileMode(temporary, mode);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) TemporaryFiles.TryDelete(temporary);
        }
    }
}
