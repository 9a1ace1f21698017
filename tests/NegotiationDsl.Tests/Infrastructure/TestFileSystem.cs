using System;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>The disk, with some answers changed: what a test cannot make the real disk do (an unreadable folder for root, a bind mount, a read that blocks).</summary>
internal sealed class TestFileSystem : IInputFileSystem
{
    private static readonly DiskFileSystem Real = DiskFileSystem.Instance;

    /// <summary>Replaces a listing: given the path and the disk's listing.</summary>
    public Func<string, FolderListing, FolderListing>? Listing { get; init; }

    /// <summary>Replaces a status: given the path, whether links are followed, and the disk's status.</summary>
    public Func<string, bool, FileStatus?, FileStatus?>? Status { get; init; }

    /// <summary>Runs before each read, with the path (to block, or to count).</summary>
    public Action<string>? BeforeRead { get; init; }

    /// <summary>Replaces a read's result: given the path and what the disk read.</summary>
    public Func<string, FileRead, FileRead>? Reading { get; init; }

    public uint? CurrentUserId => Real.CurrentUserId;

    public FileRead ReadFile(string path, long limit, FileIdentity? expected = null)
    {
        BeforeRead?.Invoke(path);
        var read = Real.ReadFile(path, limit, expected);
        return Reading is null ? read : Reading(path, read);
    }

    public FileStatus? GetStatus(string path, bool followLinks, out string? error)
    {
        var status = Real.GetStatus(path, followLinks, out error);
        return Status is null ? status : Status(path, followLinks, status);
    }

    public FolderListing ListFolder(string path) => Listing is null ? Real.ListFolder(path) : Listing(path, Real.ListFolder(path));

    public string? RealPath(string path) => Real.RealPath(path);
}
