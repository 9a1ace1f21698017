using System;
using System.IO;
using System.Linq;
using NegotiationDsl.Cli.Commands;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Cli;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>
/// The steps of CONTRIBUTING.md's "Add a report format", each checked: a document has a row in the format
/// table, each row has a <c>--format</c> value, writes its own file, and is documented (golden files: ReportGoldenTests).
/// </summary>
public sealed class ReportFormatTableTests : CliTestBase
{
    [Fact]
    public void Every_document_class_has_a_writer_in_the_format_table()
    {
        var documents = typeof(ReportModel).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ReportDocument)) && !type.IsAbstract)
            .Select(type => type.Name[..^"Document".Length]).Order(StringComparer.Ordinal).ToList();
        var writers = ReportFormats.All.Select(row => row.Write.Method.DeclaringType!.Name).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.Contains(document + "ReportWriter", writers));
    }

    [Fact]
    public void The_format_option_has_a_value_for_every_row_and_no_other()
    {
        var values = Enum.GetNames<ReportFormat>().Where(name => name != nameof(ReportFormat.All)).Select(name => name.ToLowerInvariant());

        Assert.Equal(ReportFormats.All.Select(row => row.Name), values);
        Assert.Equal(ReportFormats.All.Length, ReportFormats.All.Select(row => row.Extension).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Each_format_writes_its_own_file_for_each_compilation()
    {
        foreach (var format in ReportFormats.All)
        {
            var output = Path.Combine(Folder, format.Name);
            var (exitCode, _, error) = Run("report", "--format", format.Name, "-o", output, RepoPaths.Examples);

            Assert.True(exitCode == 0, error);
            Assert.Equal(ExampleGoldenTests.Folders().Select(row => ExampleGoldenTests.Name((string)row[0])).Order(StringComparer.Ordinal),
                Directory.GetFiles(Path.Combine(output, ReportCommand.Folder)).Select(path => Path.GetFileName(path)[..^format.Extension.Length]).Order(StringComparer.Ordinal));
            Assert.All(Directory.GetFiles(Path.Combine(output, ReportCommand.Folder)), path => Assert.EndsWith(format.Extension, path, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_format_is_in_the_usage_lines_and_the_outputs_table_of_the_docs()
    {
        var usage = "[--format " + string.Join("|", ReportFormats.All.Select(row => row.Name)) + "|all]";
        var reports = File.ReadAllText(Path.Combine(RepoPaths.Docs, "reports.md"));

        Assert.Contains(usage, reports, StringComparison.Ordinal);
        Assert.Contains(usage, File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), StringComparison.Ordinal);
        Assert.All(ReportFormats.All, row => Assert.Contains($"| `DIR/reports/<name>{row.Extension}` |", reports, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_format_has_an_escaping_test_on_the_hostile_record()
    {
        var escapingTests = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NegotiationDsl.Tests", "Reports", nameof(ReportEscapingTests) + ".cs"));

        Assert.All(ReportFormats.All, row => Assert.Contains(row.Write.Method.DeclaringType!.Name + ".Write(Hostile)", escapingTests, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_format_has_an_escaping_test_on_the_hostile_archive()
    {
        var escapingTests = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NegotiationDsl.Tests", "Reports", nameof(ArchiveReportEscapingTests) + ".cs"));

        Assert.All(ReportFormats.All, row => Assert.Equal(row.Write.Method.DeclaringType, row.WritePage.Method.DeclaringType));
        Assert.All(ReportFormats.All, row => Assert.Contains(row.WritePage.Method.DeclaringType!.Name + ".WritePage(hostile)", escapingTests, StringComparison.Ordinal));
    }

    [Fact]
    public void The_kind_table_has_a_row_for_each_kind_in_its_order_each_with_a_path_of_its_own()
    {
        Assert.Equal(Enum.GetValues<ReportKind>(), ReportFormats.Kinds.Select(row => row.Kind));
        Assert.Equal(ReportFormats.Kinds.Length, ReportFormats.Kinds.Select(row => row.Path).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ReportFormats.Kinds, row => Assert.DoesNotMatch(@"(^|/)\.|^/|\\", row.Path));
    }

    [Fact]
    public void Every_page_of_an_archive_is_in_the_outputs_table_of_the_docs_with_every_format()
    {
        var reports = File.ReadAllText(Path.Combine(RepoPaths.Docs, "reports.md"));
        var extensions = "{" + string.Join(",", ReportFormats.All.Select(row => row.Extension.TrimStart('.'))) + "}";

        Assert.All(ReportFormats.Kinds.Where(row => row.Kind != ReportKind.Folder),
            row => Assert.Contains($"| `DIR/reports/{row.Path}.{extensions}` |", reports, StringComparison.Ordinal));
    }
}
