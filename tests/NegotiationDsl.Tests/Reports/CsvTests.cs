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
    public void Rows_end_with_crlf_and_have_one_cell_per_column()
    {
        var csv = CsvReportWriter.Write(ReportHelper.Model("party A;\nc1: A commits \"-1, said \\\"x\\\"\" by 2022-01-30 on 2022-01-01;\nc2: A commits \"=1+1\";\n"));
        var records = ReportHelper.ParseCsv(csv);

        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.Equal(records[0].Count, record.Count));
        Assert.Equal("'-1, said \"x\"", ReportHelper.CsvRow(csv, "c1")["deliverable"]);
        Assert.Equal("'=1+1", ReportHelper.CsvRow(csv, "c2")["deliverable"]);
    }
}
