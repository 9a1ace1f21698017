using System;
using System.IO;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary><c>negc format --diff</c>: a unified diff of what would change, nothing written, exit code 1 when something would.</summary>
public sealed class FormatDiffTests : CliTestBase
{
    private const string Unformatted = FormatCommandTests.Unformatted;
    private const string Formatted = FormatCommandTests.Formatted;

    [Fact]
    public void Diff_prints_what_would_change_writes_nothing_and_exits_one()
    {
        var file = Write("a.neg", Unformatted);
        Write("b.neg", Formatted);

        var (exitCode, output, error) = Run("format", "--diff", Folder);

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Equal($"--- {file}\n+++ {file}\n@@ -1 +1,2 @@\n-party USA   state;party Russia state;\n+party USA state;\n+party Russia state;\n", output);
    }

    [Fact]
    public void Diff_of_formatted_files_prints_nothing_and_exits_zero()
    {
        Write("b.neg", Formatted);

        var (exitCode, output, error) = Run("format", "--diff", "--check", Folder);

        Assert.Equal(0, exitCode);
        Assert.Equal("", output + error);
    }

    [Fact]
    public void Hidden_characters_of_the_record_are_shown_by_code_and_tabs_stay()
    {
        Write("a.neg", "party USA;\n\tparty Russia; // \u001b[2J\u202e\n");

        var (exitCode, output, _) = Run("format", "--diff", Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("\n-\tparty Russia; // \\u001B[2J\\u202E\n+party Russia; // \\u001B[2J\\u202E\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diff_applies_with_patch()
    {
        var example = File.ReadAllText(Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"));
        var messy = example.Replace("\n", "   \n\n", StringComparison.Ordinal).Replace("; ", ";\t", StringComparison.Ordinal);
        var file = Write("messy.neg", messy);
        var (exitCode, diff, _) = Run("format", "--diff", file);
        Assert.Equal(1, exitCode);
        var patchFile = Write("messy.diff", diff);

        var patched = ExternalTool.Run("patch", "--quiet", file, patchFile);
        if (patched == -1) return; // no patch(1) on this machine

        Assert.Equal(0, patched);
        var (formatted, output, _) = Run("format", "--check", file);
        Assert.True(formatted == 0, output);
    }
}
