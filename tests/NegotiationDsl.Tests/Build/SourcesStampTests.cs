using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Build;

/// <summary>
/// build/sources-stamp.sh, run in a git repository of its own: the hash changes with every file the packages are made
/// from, committed or not, and not with what git ignores (build output); and every file a project under src/ takes from
/// outside src/ is one of its inputs.
/// </summary>
public sealed class SourcesStampTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("negc-stamp-").FullName;

    public SourcesStampTests()
    {
        Write("build/sources-stamp.sh", File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "sources-stamp.sh")));
        Write(".gitignore", "obj/\n");
        Write("src/Tool/Program.cs", "class Program { }\n");
        Write("docs/diagnostics.md", "# Diagnostics\n");
        Write("docs/other.md", "# Not shipped\n");
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-q", "-m", "sources");
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void The_stamp_is_the_same_for_the_same_sources() => Assert.Equal(Stamp(), Stamp());

    [Theory]
    [InlineData("src/Tool/Program.cs", "class Program { static void Main() { } }\n")]
    [InlineData("docs/diagnostics.md", "# Diagnostics\n\nNEG0001\n")]
    [InlineData("build/sources-stamp.sh", "echo\n")]
    public void Editing_a_tracked_input_changes_the_stamp(string path, string text)
    {
        var before = Stamp();
        Write(path, text);

        Assert.NotEqual(before, Stamp());
    }

    [Theory]
    [InlineData("src/Tool/Added.cs")]
    [InlineData("src/Tool/Négociation.cs")]
    [InlineData("grammar/Lexer.g4")]
    public void Adding_an_untracked_input_changes_the_stamp(string path)
    {
        var before = Stamp();
        Write(path, "added\n");

        Assert.NotEqual(before, Stamp());
    }

    [Theory]
    [InlineData("src/Tool/obj/Program.dll")]
    [InlineData("docs/other.md")]
    [InlineData("tests/Test.cs")]
    public void An_ignored_file_or_one_the_packages_are_not_made_from_leaves_the_stamp(string path)
    {
        var before = Stamp();
        Write(path, "not an input\n");

        Assert.Equal(before, Stamp());
    }

    [Fact]
    public void Every_file_a_project_takes_from_outside_src_is_an_input()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "sources-stamp.sh"));
        var inputs = Regex.Match(script, @"^inputs=\(([^)]*)\)", RegexOptions.Multiline).Groups[1].Value
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var projects = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.*proj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var fromOutside = projects
            .SelectMany(project => Regex.Matches(File.ReadAllText(project), @"\$\(RepoRoot\)([^"";]+)").Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(fromOutside);
        Assert.All(fromOutside, path => Assert.Contains(inputs, input => path == input || path.StartsWith(input + "/", StringComparison.Ordinal)));
    }

    private string Stamp()
    {
        var (exitCode, output, error) = Run("bash", "build/sources-stamp.sh");
        Assert.True(exitCode == 0, error);
        return output.Trim();
    }

    private void Git(params string[] args)
    {
        var (exitCode, _, error) = Run("git", args);
        Assert.True(exitCode == 0, error);
    }

    private (int ExitCode, string Output, string Error) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_repository, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
