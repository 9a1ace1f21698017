using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Input;

/// <summary>What the disk can do that a test running as root cannot make it do: folders that cannot be listed, files that cannot be read, a folder mounted inside itself.</summary>
public sealed class FolderWalkTests : System.IDisposable
{
    private readonly TempFolder _temp = new("negc-walk-");

    public FolderWalkTests()
    {
        _temp.Write("a.neg", "party USA;\n");
        _temp.Write("private/b.neg", "party Russia;\n");
        _temp.Write("mount/c.neg", "party France;\n");
        Directory.CreateDirectory(Path.Combine(Folder, ".git"));
    }

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AFolder_that_cannot_be_listed_is_an_error_with_a_code_and_the_rest_is_still_read()
    {
        var files = new TestFileSystem { Listing = (path, listing) => path.EndsWith("private", System.StringComparison.Ordinal) ? FolderListing.Failed("Permission denied") : listing };

        var set = CompilationSet.Load([Folder], files);

        var error = Assert.Single(set.Errors);
        Assert.Equal("NEG9011", error.Code);
        Assert.Equal("Could not read the folder '" + SourceFileCollector.DisplayPath(Path.Combine(Folder, "private")) + "': Permission denied", error.Message);
        Assert.Equal(2, set.FileCount);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_with_a_code()
    {
        var files = new TestFileSystem { Reading = (path, read) => path.EndsWith("b.neg", System.StringComparison.Ordinal) ? FileRead.Failed("Permission denied") : read };

        var set = CompilationSet.Load([Folder], files);

        var error = Assert.Single(set.Errors);
        Assert.Equal("NEG9002", error.Code);
        Assert.EndsWith("b.neg': Permission denied", error.Message);
        Assert.Equal(2, set.FileCount);
    }

    [Fact]
    public void AFolder_that_is_aFolder_already_walked_is_walked_once()
    {
        var root = DiskFileSystem.Instance.GetStatus(Folder, followLinks: true, out _);
        var files = new TestFileSystem { Status = (path, _, status) => path.EndsWith("mount", System.StringComparison.Ordinal) ? root : status };

        var set = CompilationSet.Load([Folder], files);

        var error = Assert.Single(set.Errors);
        Assert.Equal("NEG9012", error.Code);
        Assert.Contains("mount' is the folder '", error.Message);
        Assert.Equal(2, set.FileCount);
    }

    [Fact]
    public void Every_record_is_found_once_in_name_order()
    {
        var collected = SourceFileCollector.Collect([Folder, Path.Combine(Folder, "a.neg")]);

        Assert.Empty(collected.Errors);
        Assert.Equal(["a.neg", "mount/c.neg", "private/b.neg"], collected.Files.Select(file => Path.GetRelativePath(Folder, file.Path).Replace('\\', '/')));
        Assert.All(collected.Files, file => Assert.Equal(Folder, file.Root.Folder));
        Assert.All(collected.Files, file => Assert.NotNull(file.Identity));
    }
}
