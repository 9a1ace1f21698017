using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>A fuzzy deadline without a policy keeps its word in every report format, beside the state a fulfilment gives (docs/language.md, section 11).</summary>
public sealed class FuzzyDeadlineReportTests
{
    private const string Record =
        "party USA;\nparty Russia;\n" +
        "allies: USA commits \"talks with partners and allies\" to Russia by soon on 2022-01-21;\n" +
        "USA fulfils allies on 2022-01-24;\n" +
        "later: USA commits \"a second round\" by coming_weeks on 2022-01-21;\n";

    public static TheoryData<string> Formats()
    {
        var formats = new TheoryData<string>();
        foreach (var format in ReportFormats.All) formats.Add(format.Name);
        return formats;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_writes_the_word_as_written_and_no_unresolved_deadline(string name)
    {
        var model = ReportModel.Build(Compilation.Create([SyntaxTree.ParseText(Record, "fuzzy.neg")]), "fuzzy");

        var text = System.Linq.Enumerable.Single(ReportFormats.All, format => format.Name == name).Write(model);

        Assert.Contains("by soon (not resolved to a date)", text, System.StringComparison.Ordinal);
        Assert.Contains("weeks (not resolved to a date)", text, System.StringComparison.Ordinal); // coming_weeks, its underscore escaped in Markdown
        Assert.DoesNotContain("could not be resolved", text, System.StringComparison.Ordinal);
    }
}
