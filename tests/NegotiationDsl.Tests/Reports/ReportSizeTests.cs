using System.Globalization;
using System.Linq;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>A report grows with the records: nothing long is written out again for each item that names it.</summary>
public sealed class ReportSizeTests
{
    [Fact]
    public void A_rejection_of_two_thousand_demands_is_written_in_full_once_and_briefly_under_each_demand()
    {
        var labels = Enumerable.Range(0, 2_000).Select(i => "d" + i.ToString("0000000", CultureInfo.InvariantCulture)).ToList();
        var records = "party A;\nparty B;\n" + string.Concat(labels.Select(label => label + ": A demands \"x\" on 2022-01-01;\n")) +
            "B rejects " + string.Join(", ", labels) + " on 2022-01-02;\n";

        var model = ReportHelper.Model(records);
        var (markdown, html, csv) = ReportHelper.All(model);

        var answers = model.Demands.Select(demand => Assert.Single(demand.Answers).Statement).ToList();
        Assert.All(answers, answer => Assert.Equal("B rejects d0000000, d0000001, d0000002, d0000003, d0000004 and 1,995 more",
            string.Concat(answer.Sentence.Select(run => run.Text))));
        var tracked = model.Tracks.SelectMany(track => track.StatementGroups).Single(group => group.Title == "Rejections").Statements.Single();
        Assert.Contains("d0001999", string.Concat(tracked.Sentence.Select(run => run.Text)), System.StringComparison.Ordinal);
        // Linear in the records (about 50 KB): 2,000 copies of the full sentence were 50 MB.
        Assert.True(markdown.Length < 2_000_000, $"{markdown.Length} characters of Markdown");
        Assert.True(html.Length < 4_000_000, $"{html.Length} characters of HTML");
        Assert.True(csv.Length < 1_000_000, $"{csv.Length} characters of CSV");
    }

    [Fact]
    public void A_rejection_of_a_few_demands_names_them_all_under_each()
    {
        var model = ReportHelper.Model("party A;\nparty B;\nd1: A demands \"x\";\nd2: A demands \"y\";\nB rejects d1, d2;\n");

        Assert.All(model.Demands, demand => Assert.Equal("B rejects d1 and d2", string.Concat(Assert.Single(demand.Answers).Statement.Sentence.Select(run => run.Text))));
    }
}
