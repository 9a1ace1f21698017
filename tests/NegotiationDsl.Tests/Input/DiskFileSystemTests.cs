using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Input;

/// <summary>The one reader of the disk: regular files only, checked on the opened handle; bounded by the bytes it reads, not the size a file reports.</summary>
public sealed class DiskFileSystemTests : System.IDisposable
{
    private readonly TempFolder _temp = new("negc-disk-");

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_regular_file_is_read_whole_into_an_array_of_its_size()
    {
        var path = Path.Combine(Folder, "a.neg");
        File.WriteAllBytes(path, Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray());

        var read = DiskFileSystem.Instance.ReadFile(path, limit: 1 << 20);

        Assert.Equal(FileReadFailure.None, read.Failure);
        Assert.Equal(5000, read.Bytes!.Length);
        Assert.Equal((byte)(4999 % 256), read.Bytes[^1]);
    }

    [Fact]
    public void A_device_that_reports_no_size_is_read_only_up_to_the_limit()
    {
        using var zero = File.OpenHandle("/dev/zero");

        var read = RegularFile.ReadBounded(zero, reportedSize: 0, limit: 100_000);

        Assert.Equal(FileReadFailure.TooLarge, read.Failure);
        Assert.Equal(100_001, read.Length);
        Assert.Null(read.Bytes);
    }

    [Fact]
    public void A_file_that_holds_more_than_it_reports_is_read_to_its_end()
    {
        var path = Path.Combine(Folder, "grown.neg");
        File.WriteAllBytes(path, new byte[10_000]);
        using var handle = File.OpenHandle(path);

        var read = RegularFile.ReadBounded(handle, reportedSize: 10, limit: 1 << 20);

        Assert.Equal(10_000, read.Bytes!.Length);
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read()
    {
        var path = Path.Combine(Folder, "big.neg");
        File.WriteAllBytes(path, new byte[2000]);

        var read = DiskFileSystem.Instance.ReadFile(path, limit: 1000);

        Assert.Equal(FileReadFailure.TooLarge, read.Failure);
        Assert.Equal(2000, read.Length);
    }

    [Fact]
    public void Special_files_are_refused_by_kind()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "x.neg"));

        Assert.Equal(FileKind.Fifo, SpecialFiles.Within(HangGuard.Time, () => DiskFileSystem.Instance.ReadFile(fifo, 1000), fifo).Kind);
        Assert.Equal(FileKind.CharacterDevice, DiskFileSystem.Instance.ReadFile("/dev/null", 1000).Kind);
        Assert.Equal(FileKind.Folder, DiskFileSystem.Instance.ReadFile(Folder, 1000).Kind);
        Assert.Equal("proc", DiskFileSystem.Instance.ReadFile("/proc/self/status", 1000).Detail);
        Assert.Equal(FileReadFailure.NotFound, DiskFileSystem.Instance.ReadFile(Path.Combine(Folder, "none.neg"), 1000).Failure);
    }

    [Fact]
    public void A_file_replaced_since_it_was_looked_at_is_refused()
    {
        var path = Path.Combine(Folder, "a.neg");
        File.WriteAllText(path, "party USA;\n");
        var found = DiskFileSystem.Instance.GetStatus(path, followLinks: false, out _)!.Value.Identity;
        var other = Path.Combine(Folder, "b.neg");
        File.WriteAllText(other, "party Russia;\n");
        File.Move(other, path, overwrite: true);

        var read = DiskFileSystem.Instance.ReadFile(path, 1000, found);

        Assert.Equal(FileReadFailure.Replaced, read.Failure);
        Assert.Contains("NEG9002", read.ToError("a.neg")!.ToString());
    }

    [Fact]
    public void A_file_of_proc_is_refused_as_such_even_when_it_looks_replaced()
    {
        var listed = DiskFileSystem.Instance.GetStatus("/proc/self/environ", followLinks: true, out _)!.Value.Identity!.Value;
        var renumbered = listed with { Inode = listed.Inode + 1 };

        var read = DiskFileSystem.Instance.ReadFile("/proc/self/environ", 1000, renumbered);

        Assert.Equal(FileReadFailure.KernelFileSystem, read.Failure);
        Assert.Equal("proc", read.Detail);
    }

    [Fact]
    public void Status_tells_links_fifos_andFolders_apart()
    {
        var link = SpecialFiles.Link(Path.Combine(Folder, "link"), "/dev/null");
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "fifo"));
        var files = DiskFileSystem.Instance;

        Assert.Equal(FileKind.Link, files.GetStatus(link, followLinks: false, out _)!.Value.Kind);
        Assert.Equal(FileKind.CharacterDevice, files.GetStatus(link, followLinks: true, out _)!.Value.Kind);
        Assert.Equal(FileKind.Fifo, files.GetStatus(fifo, followLinks: true, out _)!.Value.Kind);
        Assert.Equal(FileKind.Folder, files.GetStatus(Folder, followLinks: true, out _)!.Value.Kind);
        Assert.Null(files.GetStatus(Path.Combine(Folder, "none"), followLinks: true, out var error));
        Assert.Null(error);
        Assert.Equal("/dev/null", files.RealPath(link));
    }

    [Fact]
    public void A_listing_says_which_entries_are_links_without_following_them()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "sub"));
        File.WriteAllText(Path.Combine(Folder, "a.neg"), "");
        SpecialFiles.Link(Path.Combine(Folder, "up"), "..");

        var listing = DiskFileSystem.Instance.ListFolder(Folder);

        Assert.Null(listing.Error);
        Assert.Equal(FolderEntryKind.Folder, listing.Entries.Single(entry => entry.Name == "sub").Kind);
        Assert.Equal(FolderEntryKind.File, listing.Entries.Single(entry => entry.Name == "a.neg").Kind);
        Assert.Equal(FolderEntryKind.Link, listing.Entries.Single(entry => entry.Name == "up").Kind);
    }
}
