using System;
using System.IO;
using NegotiationDsl.Cli.Commands;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// A native negc runs <c>lsp</c> through the framework-dependent negc.dll shipped with it: beside it, or one folder up
/// as NegotiationDsl.Build lays them out (tools/negc/negc.dll, tools/negc/linux-x64/negc).
/// </summary>
public sealed class FrameworkDependentLspTests : IDisposable
{
    private readonly string _tools = Directory.CreateTempSubdirectory("negc-tools-").FullName;

    [Fact]
    public void The_native_negc_finds_negc_dll_in_the_folder_above_it()
    {
        var native = Directory.CreateDirectory(Path.Combine(_tools, "linux-x64")).FullName;
        File.WriteAllText(Path.Combine(_tools, "negc.dll"), "");

        Assert.Equal(Path.Combine(_tools, "negc.dll"), FrameworkDependentLsp.Find(native));
    }

    [Fact]
    public void Beside_it_comes_first_and_nothing_is_null()
    {
        var native = Directory.CreateDirectory(Path.Combine(_tools, "linux-x64")).FullName;
        Assert.Null(FrameworkDependentLsp.Find(native));

        File.WriteAllText(Path.Combine(native, "negc.dll"), "");
        File.WriteAllText(Path.Combine(_tools, "negc.dll"), "");
        Assert.Equal(Path.Combine(native, "negc.dll"), FrameworkDependentLsp.Find(native));
    }

    public void Dispose() => Directory.Delete(_tools, recursive: true);
}
