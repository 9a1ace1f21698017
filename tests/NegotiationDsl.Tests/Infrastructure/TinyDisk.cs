using System;
using System.IO;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>
/// A small tmpfs mounted on a folder, to make a disk run full for real (ENOSPC). Mounting needs Linux and root (CI
/// runs as root); elsewhere <see cref="TryMount"/> returns false and the test that asked returns early.
/// </summary>
internal sealed class TinyDisk : IDisposable
{
    private readonly string _folder;

    private TinyDisk(string folder) => _folder = folder;

    public static bool TryMount(string folder, string size, out TinyDisk disk)
    {
        disk = null!;
        if (!OperatingSystem.IsLinux()) return false;
        Directory.CreateDirectory(folder);
        if (ExternalTool.Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder) != 0) return false;
        disk = new TinyDisk(folder);
        return true;
    }

    public void Dispose() => ExternalTool.Run("umount", _folder);
}
