using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Cli;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class CheckCommandTests : CliTestBase
{
    [Fact]
    public void Checking_the_examples_exits_zero()
    {
        var (exitCode, output, _) = Run("check", RepoPaths.Examples);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^0 errors, \d+ warnings? in \d+ files\.$", output.Trim().Split('\n').Last());
    }

    [Fact]
    public void Errors_print_in_the_canonical_form_and_exit_one()
    {
        var file = Write("broken.neg", "person Blinken;\nmeeting Geneva <\n  Blinken says \"x\"\n>\n");

        var (exitCode, output, _) = Run("check", file);

        Assert.Equal(1, exitCode);
        var line = output.Split('\n')[0];
        Assert.Matches(@"^.+broken\.neg\(3,19\): error NEG1004: Missing ';'\.$", line);
    }

    [Fact]
    public void On_a_terminal_each_diagnostic_shows_the_source_line_and_a_caret()
    {
        var file = Write("broken.neg", "party X state \"X\" $;\nX says \"y\";\n");

        var (_, output, _) = RunOn(true, "check", file);

        var lines = output.Split('\n');
        Assert.Contains("error", lines[0], StringComparison.Ordinal);
        Assert.Equal(" 1 | party X state \"X\" $;", lines[1]);
        Assert.Equal("   |                   ^", lines[2]);
    }

    [Fact]
    public void A_missing_path_is_an_io_error_with_exit_code_two()
    {
        var (exitCode, _, error) = Run("check", Path.Combine(Folder, "absent.neg"));

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var (exitCode, output, _) = Run("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void AFolder_without_records_is_an_io_error()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "empty"));

        var (exitCode, _, error) = Run("check", Path.Combine(Folder, "empty"));

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9003", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("check", "--format", "yaml", "x.neg")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_two(params string[] args)
    {
        var (exitCode, _, _) = Run(args);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public void Json_format_lists_diagnostics_with_positions_and_counts()
    {
        var file = Write("broken.neg", "party X state \"X\" $;\nX says \"y\";\n");

        var (exitCode, output, _) = Run("check", "--format", "json", file);

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("NEG1001", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(19, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public void Json_format_gives_tool_errors_the_shape_of_diagnostics_at_their_file_without_a_position()
    {
        var file = Write("typo.neg", "person Blinken;\nmeeting Geneva < Blinkin says \"x\"; >\n");
        var missing = Path.Combine(Folder, "absent.neg");

        var (exitCode, output, _) = Run("check", "--format", "json", file, missing);

        Assert.Equal(2, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
        var notFound = Assert.Single(json.RootElement.GetProperty("toolErrors").EnumerateArray());
        Assert.Equal("NEG9001", notFound.GetProperty("code").GetString());
        Assert.Equal("error", notFound.GetProperty("severity").GetString());
        Assert.Equal(missing, notFound.GetProperty("path").GetString());
        Assert.Equal($"No such file or folder: '{missing}'.", notFound.GetProperty("message").GetString());
        Assert.EndsWith("#neg9001", notFound.GetProperty("helpLink").GetString(), StringComparison.Ordinal);
        Assert.False(notFound.TryGetProperty("line", out _));
        var typo = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "NEG2001");
        Assert.Equal("Blinken", typo.GetProperty("properties").GetProperty("suggestion").GetString());
        Assert.Equal("Blinkin", typo.GetProperty("properties").GetProperty("name").GetString());
    }

    [Fact]
    public void Text_format_writes_a_tool_error_with_the_tool_as_its_origin()
    {
        var missing = Path.Combine(Folder, "absent.neg");

        var (exitCode, output, error) = Run("check", missing);

        Assert.Equal(2, exitCode);
        Assert.Equal($"negc: error NEG9001: No such file or folder: '{missing}'.\n", error);
        Assert.DoesNotContain("NEG9001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_end_with_exit_one_and_diagnostics_never_a_stack_trace()
    {
        var random = new Random(20220121);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var file = Path.Combine(Folder, "garbage.neg");
        File.WriteAllBytes(file, bytes);

        var (exitCode, output, error) = Run("check", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("error NEG1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolder_is_searched_recursively_in_a_stable_order()
    {
        Write("b/two.neg", "party Y;\n");
        Write("a/one.neg", "party X $;\n");
        Write("a/obj/ignored.neg", "$$$\n");

        var (exitCode, output, _) = Run("check", Folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("one.neg(1,9): error NEG1001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ignored.neg", output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 2 files.", output.Trim(), StringComparison.Ordinal);
    }


}
