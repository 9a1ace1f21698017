using System;
using System.IO;
using System.Runtime.Versioning;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// Where negconfig.json is looked for (docs/diagnostics.md, "Configuring severities"): up to the repository's
/// top (a folder holding .git), a "root": true or the home folder, never above; read like a record (a FIFO is
/// refused at once); refused when other users can change it.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ConfigDiscoveryCliTests : CliTestBase
{
    private const string Typo = "party USA;\nperson Blinken of USA;\nBlinkn says \"x\";\n";
    private const string Silence = """{ "diagnostics": { "NEG2001": "none" } }""";

    [Fact]
    public void A_negconfig_above_the_repository_is_not_read()
    {
        Write("negconfig.json", Silence);
        Directory.CreateDirectory(Path.Combine(Folder, "repo", ".git"));
        var record = Write("repo/records/x.neg", Typo);

        var (exitCode, output, error) = Run("check", record);

        Assert.Equal("", error);
        Assert.Equal(1, exitCode);
        Assert.Contains("error NEG2001", output);
    }

    [Fact]
    public void A_negconfig_at_the_top_of_the_repository_applies_below_it()
    {
        Write("repo/negconfig.json", Silence);
        Write("repo/.git", "gitdir: ../elsewhere\n");
        var record = Write("repo/records/x.neg", Typo);

        var (exitCode, output, _) = Run("check", record);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("NEG2001", output);
    }

    [Fact]
    public void A_fifo_named_negconfig_json_in_a_parent_folder_is_refused_without_waiting()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "negconfig.json"));
        var record = Write("records/x.neg", "party USA;\n");

        var (exitCode, _, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", record), fifo);

        Assert.Equal(2, exitCode);
        Assert.Contains("negconfig.json' is a FIFO (named pipe), not a regular file", error);
    }

    [Fact]
    public void A_negconfig_every_user_can_write_is_not_used()
    {
        var config = Write("negconfig.json", Silence);
        File.SetUnixFileMode(config, (UnixFileMode)0b110_110_110);
        Directory.CreateDirectory(Path.Combine(Folder, ".git"));
        var record = Write("x.neg", Typo);

        var (exitCode, output, error) = Run("check", record);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9013: ", error);
        Assert.Contains("negconfig.json' is not used: every user may write to it", error);
        Assert.Contains("error NEG2001", output);
    }
}
