using System;
using System.IO;
using System.Runtime.Versioning;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// An archive as a hostile user makes it (docs/reliability.md, "Archives"): uses that lead out of it, at files that
/// are no records, at FIFOs, devices and loops of links, and a negarchive.json that is no JSON file. Each gets a code,
/// at once, through every command, and never a hang or an internal error.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class HostileArchiveCliTests : CliTestBase
{
    private const string Actors = "record \"Actors\" published 2022-01-01;\nparty US;\nperson Blinken of US;\n";
    private const string Meeting = "record \"Track\" published 2022-01-10;\nmeeting Geneva 2022-01-10 < Blinken says \"hello\"; >\n";

    public HostileArchiveCliTests()
    {
        Write("a/negarchive.json", "{ \"name\": \"Hostile\" }\n");
        Write("a/actors/actors.neg", Actors);
    }

    private string At(string relative) => Path.Combine(Folder, relative);

    /// <summary>
    /// Every command on the archive: check, build and status end with <paramref name="exitCode"/>, check and build print
    /// <paramref name="code"/>; report and format too where a file was refused (2), format with 0 where the records have
    /// errors (it does not bind them); nothing is written.
    /// </summary>
    private void EveryCommandSays(int exitCode, string code, params string[] fifos)
    {
        foreach (var arguments in new[]
        {
            new[] { "check", At("a") }, ["build", At("a"), "-o", At("out")], ["status", At("a")], ["report", At("a"), "-o", At("out")], ["format", At("a")],
        })
        {
            var (actual, output, error) = SpecialFiles.Within(HangGuard.Time, () => Run(arguments), fifos);
            var expected = arguments[0] == "format" && exitCode == 1 ? 0 : exitCode;
            Assert.True(expected == actual, $"negc {arguments[0]} exited {actual}:\n{output}{error}");
            Assert.DoesNotContain("   at ", output + error);
            if (arguments[0] is "check" or "build" || exitCode == 2) Assert.Contains(code, output + error);
        }

        Assert.False(Directory.Exists(At("out")), "a failed build or report wrote its output");
    }

    [Fact]
    public void Uses_that_lead_out_of_the_archive_are_refused_by_every_command()
    {
        Write("a/t/t.neg", "use \"../../etc\";\nuse \"/etc\";\nuse \"../../../../../../../../../../etc/passwd\";\n" + Meeting);

        EveryCommandSays(1, "error NEG2019");
    }

    [Fact]
    public void A_use_of_a_file_that_is_no_record_names_nothing_of_the_archive()
    {
        Write("a/x/notes.txt", "party Secret;\n");
        Write("a/t/t.neg", "use \"../x/notes.txt\";\nuse \"../actors\";\n" + Meeting);

        EveryCommandSays(1, "error NEG2014");
    }

    [Fact]
    public void A_use_of_a_fifo_named_like_a_record_is_refused_without_waiting()
    {
        var fifo = SpecialFiles.Fifo(At("a/x/data.neg"));
        Write("a/t/t.neg", "use \"../x/data.neg\";\nuse \"../actors\";\n" + Meeting);

        EveryCommandSays(2, "error NEG9007", fifo);
    }

    [Fact]
    public void A_use_of_a_link_to_a_device_is_refused_before_a_byte_is_read()
    {
        SpecialFiles.Link(At("a/x/data.neg"), "/dev/zero");
        Write("a/t/t.neg", "use \"../x/data.neg\";\nuse \"../actors\";\n" + Meeting);

        EveryCommandSays(2, "error NEG9009");
    }

    [Fact]
    public void Uses_of_loops_of_links_name_nothing()
    {
        SpecialFiles.Link(At("a/loop/a"), "b");
        SpecialFiles.Link(At("a/loop/b"), "a");
        SpecialFiles.Link(At("a/t/up"), "..");
        SpecialFiles.Link(At("a/t/self"), ".");
        Write("a/t/t.neg", "use \"../loop/a\";\nuse \"up\";\nuse \"self/up/actors\";\nuse \"../actors\";\n" + Meeting);

        var (exitCode, output, _) = SpecialFiles.Within(HangGuard.Time, () => Run("check", At("a")));

        Assert.Equal(1, exitCode);
        Assert.Equal(3, CountOf(output, "error NEG2014"));
        Assert.Contains("0 warnings in 2 files.", output);
    }

    [Theory]
    [InlineData("fifo", "error NEG9007")]
    [InlineData("folder", "error NEG9007")]
    [InlineData("device", "error NEG9007")]
    [InlineData("huge", "error NEG9002")]
    [InlineData("not json", "error NEG9004")]
    [InlineData("an array", "error NEG9004")]
    [InlineData("a name that is no string", "error NEG9004")]
    public void A_negarchive_json_that_is_not_a_json_file_is_refused_and_its_folder_stays_the_root(string kind, string code)
    {
        var marker = At("a/negarchive.json");
        File.Delete(marker);
        var fifos = Array.Empty<string>();
        switch (kind)
        {
            case "fifo": fifos = [SpecialFiles.Fifo(marker)]; break;
            case "folder": Directory.CreateDirectory(marker); break;
            case "device": SpecialFiles.Link(marker, "/dev/zero"); break;
            case "huge": File.WriteAllBytes(marker, new byte[3 * 1024 * 1024]); break;
            case "not json": File.WriteAllText(marker, "name = Hostile\n"); break;
            case "an array": File.WriteAllText(marker, "[1, 2]\n"); break;
            default: File.WriteAllText(marker, "{ \"name\": 42 }\n"); break;
        }

        Write("a/t/t.neg", "use \"../actors\";\n" + Meeting);

        var (exitCode, output, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", At("a/t")), fifos);

        Assert.Equal(2, exitCode);
        Assert.Contains(code, error);
        Assert.Contains("negarchive.json", error);
        // Still an archive: the use resolves, Blinken is found.
        Assert.DoesNotContain("NEG2019", output);
        Assert.DoesNotContain("NEG2001", output);
    }

    [Fact]
    public void A_negarchive_json_with_a_name_or_none_is_an_archive()
    {
        Write("a/t/t.neg", "use \"../actors\";\n" + Meeting);
        Assert.Equal(0, Run("check", At("a")).ExitCode);
        Write("a/negarchive.json", "{}");
        Assert.Equal(0, Run("check", At("a/t")).ExitCode);
    }

    [Fact]
    public void A_path_given_inside_an_archive_must_name_one_of_its_records()
    {
        Write("a/t/t.neg", "use \"../actors\";\n" + Meeting);
        Write("a/t/notes.txt", "not a record\n");
        SpecialFiles.Link(At("a/loop"), "loop");

        Assert.Contains("error NEG9001", Run("check", At("a/t/missing.neg")).Error);
        Assert.Contains("error NEG9001", Run("check", At("a/missing")).Error);
        Assert.Contains("error NEG9010", Run("check", At("a/loop")).Error);
        var (exitCode, _, error) = Run("check", At("a/t/notes.txt"));
        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9003", error);
        Assert.Equal(0, Run("check", At("a/t/t.neg")).ExitCode);
    }

    [Fact]
    public void A_use_path_with_control_characters_reaches_no_output_raw()
    {
        Write("a/t/t.neg", "use \"../x\\u0000y\";\nuse \"../a\\nb\";\nuse \"../c\\u202Ed\";\nuse \"../e\\u001B[2J\\u001B]0;PWNED\\u0007f\";\n" +
            "use \"../g\\u2028h\";\nuse \"../actors\";\n" + Meeting);

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var (exitCode, output, error) = RunOn(isTerminal: true, "check", At("a"), "--format", format);

            Assert.True(exitCode == 1, output + error);
            foreach (var raw in new[] { "\0", "\u001B", "\u0007", "\u202E", "\u2028" }) Assert.DoesNotContain(raw, output, StringComparison.Ordinal);
            if (format == "text")
            {
                Assert.Equal(5, CountOf(output, "error NEG2014"));
                Assert.Contains("\"../a\\u000Ab\" is not a folder", output);
                Assert.Contains("\"../e\\u001B[2J\\u001B]0;PWNED\\u0007f\"", output);
            }
            else
            {
                using var document = System.Text.Json.JsonDocument.Parse(output);
                Assert.Contains("NEG2014", output);
            }
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
