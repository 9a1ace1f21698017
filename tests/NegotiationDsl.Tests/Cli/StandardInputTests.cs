using System;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Cli;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// <c>-</c> reads one record from standard input for check and format, through the input layer: the same limits,
/// encoding checks and diagnostics as a file; <c>--stdin-name</c> gives it a file's folder (negconfig.json, archive).
/// </summary>
public sealed class StandardInputTests : CliTestBase
{
    private const string Typo = "party USA;\nperson Blinken of USA;\nBlinkn says \"x\";\n";
    private const string Silence = """{ "diagnostics": { "NEG2001": "none" } }""";
    private const string Unformatted = FormatCommandTests.Unformatted;
    private const string Formatted = FormatCommandTests.Formatted;

    private static string FollowUp => Path.Combine(RepoPaths.Examples, "geneva-2022-followup", "geneva-2022-followup.neg");

    [Fact]
    public void Check_reads_a_record_from_standard_input_and_names_it_stdin()
    {
        var (exitCode, output, error) = RunWithInput(Typo, "check", "-");

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        Assert.Contains("<stdin>(3,1): error NEG2001", output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 1 file.\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Check_of_standard_input_writes_every_format(string format)
    {
        var (exitCode, output, _) = RunWithInput(Typo, "check", "--format", format, "-");

        Assert.Equal(1, exitCode);
        Assert.Contains("NEG2001", output, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
    }

    [Fact]
    public void Without_a_name_no_negconfig_of_the_working_folder_applies()
    {
        Write("repo/negconfig.json", Silence);
        Write("repo/.git", "gitdir: ../elsewhere\n");

        var (unnamed, output, _) = RunWithInput(Typo, "check", "-");
        var (named, namedOutput, error) = RunWithInput(Typo, "check", "--stdin-name", Path.Combine(Folder, "repo", "records", "x.neg"), "-");

        Assert.Equal(1, unnamed);
        Assert.Contains("NEG2001", output, StringComparison.Ordinal);
        Assert.True(named == 0, namedOutput + error);
        Assert.DoesNotContain("NEG2001", namedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_record_in_an_archive_is_bound_with_the_archive_in_place_of_the_file_on_disk()
    {
        var text = File.ReadAllText(FollowUp);

        var (alone, aloneOutput, _) = RunWithInput(text, "check", "-");
        var (named, output, error) = RunWithInput(text, "check", "--stdin-name", FollowUp, "-");
        var (broken, brokenOutput, _) = RunWithInput(text + "Blinkn says \"x\";\n", "check", "--stdin-name", FollowUp, "-");

        Assert.Equal(1, alone);
        Assert.Contains("<stdin>(", aloneOutput, StringComparison.Ordinal);
        Assert.True(named == 0, output + error);
        Assert.Equal(1, broken);
        Assert.Contains("geneva-2022-followup.neg(" + (text.Count(c => c == '\n') + 1) + ",1): error NEG2001", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_record_that_is_not_on_disk_joins_its_archive_folder()
    {
        // Kremlin is declared by the Geneva folder's record: only that folder's compilation knows it.
        const string Text = "person Peskov \"Dmitry Peskov\" of Kremlin;\n";
        var name = Path.Combine(RepoPaths.Examples, "geneva-2022", "not-on-disk.neg");

        var (exitCode, output, error) = RunWithInput(Text, "check", "--stdin-name", name, "-");
        var (alone, aloneOutput, _) = RunWithInput(Text, "check", "-");

        Assert.True(exitCode == 0, output + error);
        Assert.False(File.Exists(name));
        Assert.Equal(1, alone);
        Assert.Contains("NEG2001", aloneOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_prints_the_formatted_record_and_check_and_diff_exit_one()
    {
        var (written, output, _) = RunWithInput(Unformatted, "format", "-");
        var (check, checkOutput, _) = RunWithInput(Unformatted, "format", "--check", "-");
        var (clean, _, _) = RunWithInput(Formatted, "format", "--check", "-");
        var (diff, diffOutput, _) = RunWithInput(Unformatted, "format", "--diff", "-");

        Assert.Equal(0, written);
        Assert.Equal(Formatted, output);
        Assert.Equal(1, check);
        Assert.Contains("would reformat <stdin>", checkOutput, StringComparison.Ordinal);
        Assert.Equal(0, clean);
        Assert.Equal(1, diff);
        Assert.StartsWith("--- <stdin>\n+++ <stdin>\n@@ -1 +1,2 @@\n", diffOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_of_a_record_with_syntax_errors_prints_nothing_and_exits_one()
    {
        var (exitCode, output, error) = RunWithInput("party USA\n", "format", "-");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("<stdin>: not formatted: it has syntax errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_format_shows_the_hidden_characters_of_the_record_by_code()
    {
        var (exitCode, output, _) = RunWithInput("party USA; // \u001b]0;owned\u0007\n", isTerminal: true, "format", "-");

        Assert.Equal(0, exitCode);
        Assert.Equal("party USA; // \\u001B]0;owned\\u0007\n", output);
    }

    [Theory]
    [InlineData("check", "-", "-")]
    [InlineData("check", "-", "x.neg")]
    [InlineData("format", "x.neg", "-")]
    [InlineData("format", "--stdin-name", "x.neg", "y.neg")]
    [InlineData("status", "-")]
    [InlineData("build", "-o", "out", "-")]
    [InlineData("report", "-o", "out", "-")]
    public void Standard_input_where_it_makes_no_sense_is_a_usage_error(params string[] args)
    {
        var (exitCode, output, error) = RunWithInput(Typo, args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("negc: error NEG9005: ", error, StringComparison.Ordinal);
        Assert.Contains("'-'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_the_name_of_standard_input_is_refused()
    {
        var (exitCode, _, error) = RunWithInput(Typo, "check", "--stdin-name", Folder, "-");

        Assert.Equal(2, exitCode);
        Assert.Contains("NEG9005", error, StringComparison.Ordinal);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_dash_is_still_read_as_dot_slash_dash()
    {
        Write("-", Formatted);

        var (exitCode, output, error) = NegcProcess.Run("", new() { WorkingDirectory = Folder }, "check", "./-");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("0 errors, 0 warnings in 1 file.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_larger_than_the_limit_is_NEG1010_and_the_rest_is_never_read()
    {
        var endless = new EndlessStream((byte)'\n');

        var (exitCode, output, error) = RunWithInput(endless, isTerminal: false, "check", "-");

        Assert.Equal(1, exitCode);
        Assert.Equal("", error);
        Assert.Contains("<stdin>(1,1): error NEG1010", output, StringComparison.Ordinal);
        Assert.Equal(FileSizeLimit.Bytes + 1, endless.Position);
    }

    [Fact]
    public void Binary_standard_input_gets_the_diagnostics_the_same_bytes_get_in_a_file()
    {
        var bytes = new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 0xFF, 0xFE, 0x01, 0x0A, 0xC3, 0x28, 0x00, 0x0A };
        var file = Path.Combine(Folder, "binary.neg");
        File.WriteAllBytes(file, bytes);

        var (fileExit, fileOutput, _) = Run("check", "--format", "json", file);
        var (exitCode, output, error) = RunWithInput(new MemoryStream(bytes), isTerminal: false, "check", "--format", "json", "-");

        Assert.Equal(1, exitCode);
        Assert.Equal(fileExit, exitCode);
        Assert.Equal("", error);
        Assert.Contains("NEG1008", output, StringComparison.Ordinal);
        Assert.Equal(Codes(fileOutput), Codes(output));
    }

    [Fact]
    public void The_real_negc_reads_standard_input_from_a_pipe()
    {
        var (exitCode, output, error) = NegcProcess.Run(Unformatted, new(), "format", "--diff", "-");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("-party USA   state;party Russia state;\n+party USA state;\n+party Russia state;\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    private static string[] Codes(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();
    }

    private static (int ExitCode, string Output, string Error) RunWithInput(string input, params string[] args) =>
        RunWithInput(new MemoryStream(Encoding.UTF8.GetBytes(input)), isTerminal: false, args);

    private static (int ExitCode, string Output, string Error) RunWithInput(string input, bool isTerminal, params string[] args) =>
        RunWithInput(new MemoryStream(Encoding.UTF8.GetBytes(input)), isTerminal, args);

    private static (int ExitCode, string Output, string Error) RunWithInput(Stream input, bool isTerminal, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal, useColor: false) { OpenInput = () => input });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A stream that never ends, counting what was read of it.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, fill, offset, count);
            _position += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
