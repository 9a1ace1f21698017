using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Build;

/// <summary>
/// The NegotiationDsl.Build targets, run by MSBuild on a project that imports them from the source tree (no
/// package, no compiler): record file names are data for negc, never shell syntax, and names the C# compiler's
/// command line cannot carry fail the build with NEG9015.
/// </summary>
public sealed class BuildTargetsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negc-targets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Record_file_names_reach_negc_as_data_never_as_shell_syntax()
    {
        var names = new[] { "$(touch PWNED)", "`touch PWNED2`", "it's 50% a;b @x", "%0A %25 $HOME" };
        for (var i = 0; i < names.Length; i++)
            Write(Path.Combine("d" + i, names[i] + ".neg"), $"party P{i};\nP{i} says \"x\" on 2022-01-21;\n");

        var (exitCode, output) = MSBuild("NegGenerateReports");

        Assert.True(exitCode == 0, output);
        Assert.Empty(Directory.GetFiles(_folder, "PWNED*", SearchOption.AllDirectories));
        var reports = Directory.GetFiles(Path.Combine(_folder, "bin", "reports")).Select(Path.GetFileName).ToList();
        Assert.All(names, name => Assert.Contains(name + ".md", reports));
    }

    [Fact]
    public void A_quote_or_a_line_break_in_a_record_file_name_fails_the_build_with_NEG9015()
    {
        Write("ok.neg", "party A;\nA says \"x\" on 2022-01-21;\n");
        Write("q\"uote.neg", "party B;\nB says \"x\" on 2022-01-21;\n");
        Write("new\nline.neg", "party C;\nC says \"x\" on 2022-01-21;\n");

        var (exitCode, output) = MSBuild("NegGenerateReports");

        Assert.NotEqual(0, exitCode);
        var message = DiagnosticCatalog.UnpassableFileNameDescriptor.MessageFormat;
        Assert.Contains("error NEG9015: " + message[..message.IndexOf("{0}", StringComparison.Ordinal)], output, StringComparison.Ordinal);
        Assert.Contains("q[U+0022]uote.neg", output, StringComparison.Ordinal);
        Assert.Contains("new[U+000A]line.neg", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "bin")));
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs a target of a project that imports the package's props and targets and runs this build's negc.</summary>
    private (int ExitCode, string Output) MSBuild(string target)
    {
        var build = Path.Combine(RepoPaths.Root, "src", "NegotiationDsl.Build", "build");
        File.WriteAllText(Path.Combine(_folder, "probe.proj"), $"""
            <Project>
              <Import Project="{Path.Combine(build, "NegotiationDsl.Build.props")}" />
              <PropertyGroup>
                <OutDir>bin/</OutDir>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
              </PropertyGroup>
              <Import Project="{Path.Combine(build, "NegotiationDsl.Build.targets")}" />
              <PropertyGroup>
                <NegToolPath>{Path.Combine(AppContext.BaseDirectory, "negc.dll")}</NegToolPath>
              </PropertyGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(_folder, "obj"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[] { "msbuild", "probe.proj", "-t:" + target, "-nologo", "-v:m", "-nodeReuse:false" })
            start.ArgumentList.Add(argument);
        // The test host's own MSBuild settings must not leak into the child build.
        foreach (var variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(variable);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet msbuild");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
