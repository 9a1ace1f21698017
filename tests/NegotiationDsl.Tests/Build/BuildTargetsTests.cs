using System;
using System.Collections.Generic;
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

    [Fact]
    public void A_changed_record_rewrites_only_the_reports_whose_content_changed()
    {
        Write("negarchive.json", "{}");
        Write("actors/actors.neg", "party US state;\nparty Russia state;\nperson Blinken of US;\nperson Lavrov of Russia;\n");
        Write("geneva/geneva.neg", "use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\nmeeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n");
        Write("follow/follow.neg", FollowUp("2022-01-26"));
        Write("minsk/minsk.neg", "use \"../actors\";\nLavrov says \"x\" on 2015-02-12;\n");
        Assert.True(MSBuild("NegGenerateReports") is (0, _));
        var first = Reports();

        // Unchanged: the target is skipped and nothing is written.
        var (_, unchanged) = MSBuild("NegGenerateReports", "-v:n");
        Assert.Contains("Skipping target \"NegGenerateReports\"", unchanged, StringComparison.Ordinal);
        Assert.Equal(first, Reports());

        // A follow-up settles the commitment on another day: its report changes, so does the report of the folder whose
        // commitment it settles (the state and the "as of" day) and the register's Markdown and HTML (whose "as of" day
        // is the latest date of the folders that use it); the register's tracker and an unrelated track's reports keep
        // their bytes and their timestamps.
        Write("follow/follow.neg", FollowUp("2022-01-27"));
        Assert.True(MSBuild("NegGenerateReports") is (0, _));
        var second = Reports();

        var rewritten = first.Keys.Where(name => first[name] != second[name]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["actors.html", "actors.md", "follow.html", "follow.md", "geneva.csv", "geneva.html", "geneva.md"], rewritten);
        Assert.All(["minsk.csv", "minsk.html", "minsk.md", "actors.csv"], name => Assert.Equal(first[name], second[name]));
    }

    private static string FollowUp(string day) =>
        $"use \"../actors\";\nuse \"../geneva\" as geneva;\nrecord \"Follow-up\" published {day};\nBlinken fulfils geneva.written_response on {day};\n";

    /// <summary>Each report file with its bytes and its last write time.</summary>
    private Dictionary<string, string> Reports() =>
        Directory.GetFiles(Path.Combine(_folder, "bin", "reports")).ToDictionary(
            path => Path.GetFileName(path),
            path => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))) + " " + File.GetLastWriteTimeUtc(path).Ticks);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs a target of a project that imports the package's props and targets and runs this build's negc.</summary>
    private (int ExitCode, string Output) MSBuild(string target, string verbosity = "-v:m")
    {
        var build = Path.Combine(RepoPaths.Root, "src", "NegotiationDsl.Build", "build");
        // Written once: the project file is an input of the report target, so rewriting it would make every build run it.
        var project = Path.Combine(_folder, "probe.proj");
        var text = $"""
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
            """;
        if (!File.Exists(project) || File.ReadAllText(project) != text) File.WriteAllText(project, text);
        Directory.CreateDirectory(Path.Combine(_folder, "obj"));
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[] { "msbuild", "probe.proj", "-t:" + target, "-nologo", verbosity, "-nodeReuse:false" })
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
