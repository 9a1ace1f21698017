using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Input;

/// <summary>Which negconfig.json files apply: the search stops at the repository's top, the home folder or a mount's top, never reads a folder every user can write or the root, and files every user could write are refused.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ConfigBoundaryTests : System.IDisposable
{
    private const string Silence = """{ "diagnostics": { "NEG2001": "none" } }""";

    private readonly TempFolder _temp = new("negc-config-");

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_homeFolder_is_a_boundary_and_its_own_configuration_still_applies()
    {
        var home = Path.Combine(Folder, "home");
        _temp.Write("negconfig.json", """{ "diagnostics": { "NEG2009": "none" } }""");
        _temp.Write("home/negconfig.json", Silence);
        var records = Path.Combine(home, "records");
        Directory.CreateDirectory(records);
        var errors = new List<Diagnostic>();

        var severities = new NegConfig(DiskFileSystem.Instance, errors, new ConfigBoundary(DiskFileSystem.Instance, home + "/")).SeveritiesFor(records);

        Assert.Empty(errors);
        Assert.Equal(["NEG2001"], severities.Keys);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_folder_every_user_can_write_is_not_read_nor_any_above_it(bool sticky)
    {
        _temp.Write("negconfig.json", """{ "diagnostics": { "NEG2009": "none" } }""");
        var shared = SharedFolder("shared", sticky);
        _temp.Write("shared/negconfig.json", Silence);
        _temp.Write("shared/p/negconfig.json", """{ "diagnostics": { "NEG2007": "error" } }""");
        var records = Path.Combine(shared, "p", "records");
        Directory.CreateDirectory(records);
        var read = new List<string>();
        var files = new TestFileSystem { BeforeRead = read.Add };
        var errors = new List<Diagnostic>();

        var severities = new NegConfig(files, errors).SeveritiesFor(records);

        Assert.Empty(errors);
        Assert.Equal(["NEG2007"], severities.Keys);
        Assert.Equal([Path.Combine(shared, "p", "negconfig.json")], read);
    }

    [Fact]
    public void The_root_of_the_file_system_is_never_read()
    {
        var records = Path.Combine(Folder, "records");
        Directory.CreateDirectory(records);
        var looked = new List<string>();
        // No folder on the way is shared, a repository, the home folder or a mount: only the root can end the search.
        var files = new TestFileSystem
        {
            Status = (path, _, status) =>
            {
                looked.Add(path);
                return status is { Kind: FileKind.Folder } folder
                    ? folder with { Permissions = folder.Permissions & ~FileStatus.WritableByOthers, Identity = folder.Identity is { } identity ? identity with { Device = 1 } : null }
                    : status;
            },
        };

        new NegConfig(files, new List<Diagnostic>(), new ConfigBoundary(files, home: "")).SeveritiesFor(records);

        Assert.Contains(Path.Combine(Path.GetDirectoryName(Folder)!, "negconfig.json"), looked);
        Assert.DoesNotContain("/negconfig.json", looked);
    }

    [Fact]
    public void The_top_of_a_mounted_file_system_ends_the_search_after_its_own_configuration()
    {
        _temp.Write("negconfig.json", """{ "diagnostics": { "NEG2009": "none" } }""");
        _temp.Write("mnt/negconfig.json", Silence);
        var mount = Path.Combine(Folder, "mnt");
        var records = Path.Combine(mount, "records");
        Directory.CreateDirectory(records);
        var files = new TestFileSystem
        {
            Status = (path, _, status) => (path == mount || path.StartsWith(mount + "/", System.StringComparison.Ordinal)) && status is { Kind: FileKind.Folder, Identity: { } identity } found
                ? found with { Identity = identity with { Device = identity.Device + 1 } }
                : status,
        };
        var errors = new List<Diagnostic>();

        var severities = new NegConfig(files, errors).SeveritiesFor(records);

        Assert.Empty(errors);
        Assert.Equal(["NEG2001"], severities.Keys);
    }

    private string SharedFolder(string name, bool sticky)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, (UnixFileMode)(sticky ? 0b1_111_111_111 : 0b111_111_111));
        return path;
    }
}
