using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Hosting.Input.Files;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Input;

/// <summary>Which negconfig.json files apply: the search stops at the repository's top or the home folder, and files other users could write are refused.</summary>
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

    [Fact]
    public void A_configuration_of_another_user_in_aFolder_every_user_can_write_is_refused()
    {
        var shared = SharedFolder("shared", sticky: true);
        _temp.Write("shared/negconfig.json", Silence);
        var files = OwnedBy(4242, Path.Combine(shared, "negconfig.json"));
        var errors = new List<Diagnostic>();

        var severities = new NegConfig(files, errors).SeveritiesFor(shared);

        Assert.Empty(severities);
        var error = Assert.Single(errors);
        Assert.Equal("NEG9013", error.Code);
        Assert.Contains("it belongs to another user, in '" + shared + "', where every user may create files", error.Message);
    }

    [Fact]
    public void A_configuration_of_the_user_in_a_sticky_sharedFolder_is_used()
    {
        var shared = SharedFolder("shared", sticky: true);
        _temp.Write("shared/.git", "");
        _temp.Write("shared/negconfig.json", Silence);
        var files = OwnedBy(DiskFileSystem.Instance.CurrentUserId!.Value, Path.Combine(shared, "negconfig.json"));
        var errors = new List<Diagnostic>();

        var severities = new NegConfig(files, errors).SeveritiesFor(shared);

        Assert.Empty(errors);
        Assert.Equal(["NEG2001"], severities.Keys);
    }

    [Fact]
    public void A_configuration_in_a_sharedFolder_without_the_sticky_bit_is_refused_whoever_owns_it()
    {
        var shared = SharedFolder("open", sticky: false);
        _temp.Write("open/negconfig.json", Silence);
        var errors = new List<Diagnostic>();

        new NegConfig(DiskFileSystem.Instance, errors).SeveritiesFor(shared);

        Assert.Contains("every user may replace files in '" + shared + "'", Assert.Single(errors).Message);
    }

    private string SharedFolder(string name, bool sticky)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, (UnixFileMode)(sticky ? 0b1_111_111_111 : 0b111_111_111));
        return path;
    }

    /// <summary>The disk, except that <paramref name="path"/> belongs to <paramref name="owner"/> (changing owners needs root).</summary>
    private static TestFileSystem OwnedBy(uint owner, string path) => new()
    {
        Status = (candidate, _, status) => candidate == path && status is { } found ? found with { OwnerId = owner } : status,
    };
}
