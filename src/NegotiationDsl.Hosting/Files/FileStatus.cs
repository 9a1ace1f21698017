using System.IO;

namespace NegotiationDsl.Hosting.Files;

/// <summary>Which file a path or handle is: two paths (a link and its target, a file and its hard link) with equal identities name the same file.</summary>
internal readonly record struct FileIdentity(long Device, long Inode);

/// <summary>
/// What the file system says about a file: its kind, identity, size as reported (devices and /proc files
/// report 0, so it is never trusted as a bound), Unix permission bits (with set-user-ID, set-group-ID and sticky),
/// owner and group. On Windows the identity, permissions, owner and group are unknown (null, 0, null, null).
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, FileIdentity? Identity, long Size, int Permissions, uint? OwnerId, uint? GroupId)
{
    public const int WritableByOthers = 0x2; // S_IWOTH

    public bool IsWritableByOthers => (Permissions & WritableByOthers) != 0;
    public UnixFileMode Mode => (UnixFileMode)Permissions;
}
