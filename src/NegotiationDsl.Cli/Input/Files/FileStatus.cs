namespace NegotiationDsl.Cli.Input.Files;

/// <summary>Which file a path or handle is: two paths (a link and its target, a file and its hard link) with equal identities name the same file.</summary>
internal readonly record struct FileIdentity(long Device, long Inode);

/// <summary>
/// What the file system says about a file: its kind, identity, size as reported (devices and /proc files
/// report 0, so it is never trusted as a bound), Unix permission bits and owner. On Windows the identity,
/// permissions and owner are unknown (null, 0, null).
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, FileIdentity? Identity, long Size, int Permissions, uint? OwnerId)
{
    public const int WritableByOthers = 0x2; // S_IWOTH
    public const int Sticky = 0x200;         // S_ISVTX: only a file's owner may replace it in the folder

    public bool IsWritableByOthers => (Permissions & WritableByOthers) != 0;
    public bool IsSticky => (Permissions & Sticky) != 0;
}
