using System;
using System.Linq;
using System.Text;
using NegotiationDsl.Reports;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("  =1", "'  =1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void Cells_that_a_spreadsheet_would_read_as_a_formula_are_neutralised(string value, string cell) =>
        Assert.Equal(cell, CsvText.Cell(value));

    [Theory]
    [InlineData("a=b", "a=b")]
    [InlineData("2022-01-30", "2022-01-30")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("one\ntwo", "\"one\ntwo\"")]
    [InlineData("one\r\ntwo", "\"one\ntwo\"")]
    [InlineData("nul\0", "nul[U+0000]")]
    public void Cells_are_quoted_by_rfc_4180_only_where_needed(string? value, string cell) =>
        Assert.Equal(cell, CsvText.Cell(value));

    [Fact]
    public void The_tracker_starts_with_a_utf8_byte_order_mark_and_then_its_header()
    {
        var csv = CsvReportWriter.Write(ReportHelper.Model("party Україна;\nc1: Україна commits \"зерно\" by 2022-01-30 on 2022-01-01;\n"));

        AssertByteOrderMarkThenText(csv, "compilation,id,debtors,");
        Assert.Equal("Україна", ReportHelper.CsvRow(csv, "c1")["debtors"]);
    }

    [Theory]
    [InlineData("archive/index", "folder,report,records,")]
    [InlineData("archive/commitments", "compilation,id,debtors,")]
    public void Each_archive_table_starts_with_a_utf8_byte_order_mark_and_then_its_header(string path, string header) =>
        AssertByteOrderMarkThenText(CsvReportWriter.WritePage(ArchiveReportHelper.Page(ArchiveReportHelper.Model(ArchiveReportHelper.Standard()), path)), header);

    [Fact]
    public void An_actors_table_starts_with_a_utf8_byte_order_mark_and_then_its_header()
    {
        var model = ArchiveReportHelper.Model(ArchiveReportHelper.Standard());
        AssertByteOrderMarkThenText(CsvReportWriter.WritePage(model.Pages.First(page => page.Actor is not null)), "actor,date,kind,");
    }

    /// <summary>Written as UTF-8, the document's bytes are EF BB BF, then the table, with no other byte order mark.</summary>
    private static void AssertByteOrderMarkThenText(string csv, string header)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rest = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(header, rest, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', rest);
    }

    [Fact]
    public void Rows_end_with_crlf_and_have_one_cell_per_column()
    {
        var csv = CsvReportWriter.Write(ReportHelper.Model("party A;\nc1: A commits \"-1, said \\\"x\\\"\" by 2022-01-30 on 2022-01-01;\nc2: A commits \"=1+1\";\n"));
        var records = ReportHelper.ParseCsv(csv);

        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        Assert.Equal("'-1, said \"x\"", ReportHelper.CsvRow(csv, "c1")["deliverable"]);
        Assert.Equal("'=1+1", ReportHelper.CsvRow(csv, "c2")["deliverable"]);
    }

    [Fact]
    public void Agreements_and_offers_get_rows_of_their_own_beside_the_commitments_with_amounts_and_provisions_as_columns()
    {
        var csv = CsvReportWriter.Write(ReportHelper.Model(
            "party A;\nparty B;\n" +
            "deal: agreement \"The deal, \\\"final\\\"\" kind treaty term 1 years;\n" +
            "A signs deal on 2022-01-01;\nB signs deal on 2022-01-01;\n" +
            "swap: A commits \"an exchange\" under deal amount about 5000 prisoners amount at least 50 km \"zone\" on 2022-01-02;\n" +
            "arms: A offers \"=talks\" to B amount USD 1.5 billion on 2022-01-03;\n" +
            "B answers arms on 2022-01-04;\n",
            new NodaTime.LocalDate(2022, 2, 1)));
        var records = ReportHelper.ParseCsv(csv);

        Assert.Equal(4, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        var swap = ReportHelper.CsvRow(csv, "swap");
        Assert.Equal("commitment", swap["row"]);
        Assert.Equal("about 5,000 prisoners; at least 50 km “zone”", swap["quantities"]);
        Assert.Equal("deal", swap["under"]);
        var deal = ReportHelper.CsvRow(csv, "deal");
        Assert.Equal("agreement", deal["row"]);
        Assert.Equal("The deal, \"final\"", deal["deliverable"]);
        Assert.Equal("signed", deal["state"]);
        Assert.Equal("treaty", deal["agreement_kind"]);
        Assert.Equal("2022-01-01", deal["signed"]);
        Assert.Equal("2023-01-01", deal["term_end"]);
        Assert.Equal("signing: A 2022-01-01; signing: B 2022-01-01", deal["signatories"]);
        Assert.Equal("swap", deal["provisions"]);
        var talks = ReportHelper.CsvRow(csv, "arms");
        Assert.Equal("offer", talks["row"]);
        Assert.Equal("'=talks", talks["deliverable"]);
        Assert.Equal("B", talks["creditors"]);
        Assert.Equal("answered without a decision", talks["state"]);
        Assert.Equal("answered 2022-01-04 by B", talks["events"]);
        Assert.Equal("USD 1.5 billion", talks["quantities"]);
    }

    [Fact]
    public void Milestones_get_rows_of_their_own_with_the_day_as_deadline_what_they_count_from_and_their_records_as_events()
    {
        var csv = CsvReportWriter.Write(ReportHelper.Model(
            "party UN;\n" +
            "endorsement: UN says \"the plan, endorsed\" on 2015-07-20;\n" +
            "adoption_day: milestone \"=Adoption Day, \\\"final\\\"\" after endorsement in 90 days;\n" +
            "talks_resume: milestone \"the talks resume\" on 2015-09;\n" +
            "adoption_day happens on 2015-10-18;\n" +
            "talks_resume fails on 2015-10-01;\n",
            new NodaTime.LocalDate(2015, 10, 20)));
        var records = ReportHelper.ParseCsv(csv);

        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        var adoption = ReportHelper.CsvRow(csv, "adoption_day");
        Assert.Equal("milestone", adoption["row"]);
        Assert.Equal("'=Adoption Day, \"final\"", adoption["deliverable"]);
        Assert.Equal(("2015-10-18", "2015-10-18", "2015-10-18", "day"), (adoption["deadline"], adoption["deadline_start"], adoption["deadline_end"], adoption["deadline_precision"]));
        Assert.Equal("endorsement", adoption["counts_from"]);
        Assert.Equal("happened", adoption["state"]);
        Assert.Equal("happened 2015-10-18", adoption["events"]);
        Assert.Equal(("", ""), (adoption["debtors"], adoption["obligation"]));
        var talks = ReportHelper.CsvRow(csv, "talks_resume");
        Assert.Equal(("2015-09", "2015-09-01", "2015-09-30", "month"), (talks["deadline"], talks["deadline_start"], talks["deadline_end"], talks["deadline_precision"]));
        Assert.Equal(("", "did not happen", "did not happen 2015-10-01"), (talks["counts_from"], talks["state"], talks["events"]));
    }
}
