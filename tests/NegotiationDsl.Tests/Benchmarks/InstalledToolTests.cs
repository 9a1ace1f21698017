using System;
using System.IO;
using NegotiationDsl.Benchmarks.Ratios;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// R6a says which package <c>dotnet tool install</c> took: the native negc.RID, negc.any, or (a tool of one package) the
/// tool's own. These lay out a tool path as the .NET 10 SDK does and ask.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly string _tools = Directory.CreateTempSubdirectory("negc-installed-").FullName;

    public void Dispose() => Directory.Delete(_tools, recursive: true);

    [Theory]
    [InlineData("negc.linux-x64", "tools/any/linux-x64/negc")]
    [InlineData("negc.any", "tools/net10.0/any/negc.dll")]
    public void The_command_links_into_the_package_the_pointer_named(string package, string executable)
    {
        var target = Path.Combine(_tools, ".store", "negc", "0.1.0", package, "0.1.0", executable);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "");
        var command = Path.Combine(_tools, "negc");
        File.CreateSymbolicLink(command, Path.GetRelativePath(_tools, target));

        Assert.Equal(package, InstalledTool.Package(_tools, "negc", "0.1.0", command));
    }

    [Fact]
    public void A_launcher_outside_the_store_is_no_package()
    {
        var command = Path.Combine(_tools, "negc");
        File.WriteAllText(command, "");

        Assert.Null(InstalledTool.Package(_tools, "negc", "0.1.0", command));
    }

    [Fact]
    public void The_native_package_is_the_tool_id_and_the_RID() =>
        Assert.Equal("negc.linux-x64", InstalledTool.NativePackage("negc", "linux-x64"));
}
