using System;
using System.IO;
using System.IO.Compression;
using NegotiationDsl.Benchmarks.Ratios;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// R6a uses the negc tool's packages of a release or an earlier run again only when all three are there and were made
/// from the sources it has (the stamp <c>build/pack-tool.sh</c> writes); otherwise it packs them afresh. R6b takes the
/// native negc from them.
/// </summary>
public sealed class ToolPackagesTests : IDisposable
{
    private const string Sources = "383e99f28ffca14733ea3a1fb9134245fb782b29d73dcc45117ed633b57b6b42";

    private readonly string _root = Directory.CreateTempSubdirectory("negc-tool-packages-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Packages_made_from_the_same_sources_are_used_again()
    {
        var release = Folder("release", Sources);

        Assert.Equal(release, ToolPackages.Reusable([release], Sources, "0.1.0", "linux-x64"));
    }

    [Fact]
    public void Packages_of_other_sources_or_without_a_stamp_are_not()
    {
        var changed = Folder("changed", "0" + Sources[1..]);
        var unstamped = Folder("unstamped", null);

        Assert.Null(ToolPackages.Reusable([changed, unstamped, Path.Combine(_root, "absent")], Sources, "0.1.0", "linux-x64"));
    }

    [Theory]
    [InlineData("negc.0.1.0.nupkg")]
    [InlineData("negc.any.0.1.0.nupkg")]
    [InlineData("negc.linux-x64.0.1.0.nupkg")]
    public void A_folder_without_one_of_the_three_packages_is_not_used(string missing)
    {
        var folder = Folder("partial", Sources);
        File.Delete(Path.Combine(folder, missing));

        Assert.Null(ToolPackages.Reusable([folder], Sources, "0.1.0", "linux-x64"));
    }

    [Fact]
    public void Packages_of_another_version_or_machine_are_not_used()
    {
        var folder = Folder("release", Sources);

        Assert.Null(ToolPackages.Reusable([folder], Sources, "0.2.0", "linux-x64"));
        Assert.Null(ToolPackages.Reusable([folder], Sources, "0.1.0", "linux-arm64"));
    }

    [Fact]
    public void The_first_folder_that_fits_is_taken()
    {
        var stale = Folder("release", "f" + Sources[1..]);
        var kept = Folder("kept", Sources);
        var later = Folder("later", Sources);

        Assert.Equal(kept, ToolPackages.Reusable([stale, kept, later], Sources, "0.1.0", "linux-x64"));
    }

    [Fact]
    public void R6b_takes_the_native_negc_of_the_RID_package_and_makes_it_executable()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "packages")).FullName;
        Package(folder, "negc.linux-x64.0.1.0.nupkg", "tools/any/linux-x64/negc");
        Package(folder, "negc.linux-arm64.0.1.0.nupkg", "tools/any/linux-arm64/DotnetToolSettings.xml");

        var negc = Path.Combine(_root, "native", "negc");
        ToolPackages.ExtractNativeNegc(folder, "0.1.0", "linux-x64", negc);

        Assert.Equal("tools/any/linux-x64/negc", File.ReadAllText(negc));
        if (!OperatingSystem.IsWindows()) Assert.True(File.GetUnixFileMode(negc).HasFlag(UnixFileMode.UserExecute));
        Assert.Throws<InvalidOperationException>(() => ToolPackages.ExtractNativeNegc(folder, "0.1.0", "linux-arm64", negc));
    }

    /// <summary>A package with one file, whose content is its own name.</summary>
    private static void Package(string folder, string name, string entry)
    {
        using var archive = ZipFile.Open(Path.Combine(folder, name), ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
        writer.Write(entry);
    }

    /// <summary>A folder with the three packages of version 0.1.0 for linux-x64 and a stamp of <paramref name="sources"/> (none when null).</summary>
    private string Folder(string name, string? sources)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        foreach (var package in ToolPackages.FileNames("0.1.0", "linux-x64")) File.WriteAllText(Path.Combine(folder, package), "");
        if (sources is not null) File.WriteAllText(Path.Combine(folder, ToolPackages.StampFile), sources + "\n");
        return folder;
    }
}
