using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Hosting.Input;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negc-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Reports => Path.Combine(_folder, "out", "reports");

    [Fact]
    public void Report_of_the_examples_writes_markdown_html_and_csv_for_each_compilation()
    {
        var (exitCode, output, error) = Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"));

        Assert.True(exitCode == 0, error);
        Assert.Equal(
            new[] { "actors", "black-sea-grain-2022", "camp-david-1978", "geneva-2022", "geneva-2022-followup", "minsk-2015", "new-start-2010", "singapore-2018" }.SelectMany(name => new[] { name + ".csv", name + ".html", name + ".md" }).Order(StringComparer.Ordinal),
            Directory.GetFiles(Reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The examples are an archive given by its root: its own pages (index, tracker, one per actor) come too.
        Assert.True(File.Exists(Path.Combine(Reports, "archive", "index.html")));
        Assert.Equal(Directory.GetFiles(Reports, "*", SearchOption.AllDirectories).Length, output.Split('\n').Count(line => line.StartsWith("wrote ", StringComparison.Ordinal)));
        Assert.Matches("```mermaid\n%%\\{init: [^\n]*\\}%%\ngantt\n", File.ReadAllText(Path.Combine(Reports, "geneva-2022.md")));
        var html = File.ReadAllText(Path.Combine(Reports, "geneva-2022.html"));
        Assert.Contains("<code>written_response</code>", html, StringComparison.Ordinal);
        Assert.Contains("by <span class=\"date\">2022-01-30</span>", html, StringComparison.Ordinal);
        Assert.Contains("written_response,", File.ReadAllText(Path.Combine(Reports, "geneva-2022.csv")), StringComparison.Ordinal);
        // Every CSV file starts with exactly one UTF-8 byte order mark (EF BB BF), so Excel reads non-ASCII names.
        Assert.All(Directory.GetFiles(Reports, "*.csv", SearchOption.AllDirectories), path =>
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[3..6]);
        });
    }

    [Fact]
    public void A_second_run_leaves_unchanged_files_alone()
    {
        Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"));
        var stamps = Directory.GetFiles(Reports, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.GetLastWriteTimeUtc);
        var bytes = Directory.GetFiles(Reports, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllBytes);

        var (exitCode, output, _) = Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"));

        Assert.Equal(0, exitCode);
        Assert.Equal(stamps.Count, output.Split('\n').Count(line => line.StartsWith("unchanged ", StringComparison.Ordinal)));
        Assert.All(stamps, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
        Assert.All(bytes, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
        Assert.Empty(Directory.GetFiles(Reports, "*.tmp"));
    }

    [Fact]
    public void One_format_and_one_file_are_named_after_the_file()
    {
        var (exitCode, _, error) = Run("report", Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg"), "-o", Path.Combine(_folder, "out"), "--format", "md", "--as-of", "2022-01-25");

        Assert.True(exitCode == 0, error);
        Assert.Equal(new[] { "geneva-2022.md" }, Directory.GetFiles(Reports).Select(Path.GetFileName));
        var markdown = File.ReadAllText(Path.Combine(Reports, "geneva-2022.md"));
        Assert.Contains("As of **2022-01-25**, the day asked for.", markdown, StringComparison.Ordinal);
        Assert.Contains("| **due** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_the_records_write_nothing_and_exit_1()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.neg"), "party A;\nA says \"x\"\n");

        var (exitCode, output, error) = Run("report", _folder, "-o", Path.Combine(_folder, "out"));

        Assert.Equal(1, exitCode);
        Assert.Contains("error NEG1004", output, StringComparison.Ordinal);
        Assert.Contains("no report was written", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"), "--as-of", "2022-02-30").ExitCode);
        Assert.Equal(2, Run("report", RepoPaths.Examples).ExitCode);
        Assert.Equal(2, Run("report", Path.Combine(_folder, "missing"), "-o", Path.Combine(_folder, "out")).ExitCode);
        Assert.Equal(2, Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"), "--format", "pdf").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_NEG9006_and_exit_2()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "out"));
        File.WriteAllText(Path.Combine(_folder, "out", "reports"), "a file where the reports folder belongs");

        var (exitCode, _, error) = Run("report", RepoPaths.Examples, "-o", Path.Combine(_folder, "out"));

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9006", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compilations_with_the_same_name_get_numbered_reports()
    {
        foreach (var parent in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, parent, "talks"));
            File.WriteAllText(Path.Combine(_folder, parent, "talks", "one.neg"), "party A;\nA says \"one\" on 2022-01-01;\n");
            File.WriteAllText(Path.Combine(_folder, parent, "talks", "two.neg"), "A says \"two\" on 2022-01-02;\n");
        }

        var (exitCode, _, error) = Run("report", Path.Combine(_folder, "a"), Path.Combine(_folder, "b"), "-o", Path.Combine(_folder, "out"), "--format", "csv");

        Assert.True(exitCode == 0, error);
        Assert.Equal(new[] { "talks-2.csv", "talks.csv" }, Directory.GetFiles(Reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paths_can_come_from_a_list_file_one_percent_encoded_path_a_line()
    {
        var names = new[] { "50% done", "line\nbreak", "carriage\rreturn", "%0A" };
        string FileOf(int i) => Path.Combine(_folder, "in" + i, names[i] + ".neg");
        for (var i = 0; i < names.Length; i++)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FileOf(i))!);
            File.WriteAllText(FileOf(i), "party P;\nP says \"x\" on 2022-01-01;\n");
        }

        var list = Path.Combine(_folder, "paths.txt");
        File.WriteAllText(list, string.Concat(names.Select((_, i) => PathList.Encode(FileOf(i)) + "\r\n")));

        var (exitCode, _, error) = Run("report", "--paths-from", list, "-o", Path.Combine(_folder, "out"), "--format", "csv");
        var (missing, _, missingError) = Run("report", "--paths-from", Path.Combine(_folder, "absent.txt"), "-o", Path.Combine(_folder, "out"));
        var (none, _, noneError) = Run("report", "-o", Path.Combine(_folder, "out"));

        Assert.True(exitCode == 0, error);
        Assert.Equal(names.Select(name => name.Replace('\n', '_').Replace('\r', '_') + ".csv").Order(StringComparer.Ordinal), Directory.GetFiles(Reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, missing);
        Assert.Contains("NEG9001", missingError, StringComparison.Ordinal);
        Assert.Equal(2, none);
        Assert.Contains("NEG9005", noneError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_file_is_read_as_records_are_a_regular_file_within_the_size_limit()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder, "fifo.txt"));
        var zero = SpecialFiles.Link(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "folder.txt")).FullName;

        var fromFifo = SpecialFiles.Within(HangGuard.Time, () => Run("report", "--paths-from", fifo, "-o", Path.Combine(_folder, "out")), fifo);
        var fromZero = SpecialFiles.Within(HangGuard.Time, () => Run("report", "--paths-from", zero, "-o", Path.Combine(_folder, "out")));
        var fromFolder = Run("report", "--paths-from", folder, "-o", Path.Combine(_folder, "out"));

        foreach (var (exitCode, output, error) in new[] { fromFifo, fromZero, fromFolder })
        {
            Assert.True(exitCode == 2, output + error);
            Assert.StartsWith("negc: error NEG9007: ", Assert.Single(error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);
}
