using System.Linq;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Several sources, sources that dispute a statement, and grades on the NATO (Admiralty) scheme: what binds, and each check.</summary>
public sealed class SourceTests
{
    [Fact]
    public void A_statement_keeps_every_source_in_order_with_its_grade_and_stance()
    {
        var compilation = Compile("party A;\nA says \"x\" source \"Reuters\" graded B2 source \"AP\" disputed by \"TASS\" graded C4;");
        var statement = compilation.Symbols.OfType<StatementSymbol>().Single();

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Code != "NEG2009"));
        Assert.Equal("Reuters", statement.Source);
        Assert.Equal(
            new[] { ("Reuters", "B2", SourceStance.Reports), ("AP", "", SourceStance.Reports), ("TASS", "C4", SourceStance.Disputes) },
            statement.Sources.Select(source => (source.Name, source.Grade?.ToString() ?? "", source.Stance)));
        Assert.Equal("usually reliable", statement.Sources[0].Grade!.Value.ReliabilityMeaning);
        Assert.Equal("doubtful", statement.Sources[2].Grade!.Value.CredibilityMeaning);
    }

    [Fact]
    public void A_header_and_a_meeting_grade_their_sources()
    {
        var compilation = Compile("record \"t\" source \"RBC\" graded B1 source \"TASS\" published 2022-01-21;\nmeeting Geneva source \"AP\" graded A1 < >");

        var record = Assert.Single(compilation.Records);
        Assert.Equal("RBC", record.Source);
        Assert.Equal(new[] { "RBC (B1)", "TASS" }, record.Sources.Select(source => source.ToString()));
        var meeting = compilation.Symbols.OfType<MeetingSymbol>().Single();
        Assert.Equal("AP", meeting.Source);
        Assert.Equal(new SourceGrade('A', 1), meeting.Sources.Single().Grade);
    }

    [Fact]
    public void A_statement_that_only_one_source_disputes_has_no_reporting_source()
    {
        var statement = Compile("party A;\nA says \"x\" disputed by \"TASS\";").Symbols.OfType<StatementSymbol>().Single();
        Assert.Null(statement.Source);
        Assert.Equal(SourceStance.Disputes, statement.Sources.Single().Stance);
    }

    [Theory]
    [InlineData("G7")]
    [InlineData("B7")]
    [InlineData("B")]
    [InlineData("B22")]
    [InlineData("A0")]
    public void NEG5061_a_grade_off_the_scales(string grade) =>
        AssertDiagnostics($"party A;\nA says \"x\" source \"r\" graded [{grade}];", "NEG5061");

    [Fact]
    public void NEG5061_a_grade_in_lower_case_suggests_the_capital()
    {
        var diagnostic = Single("party A;\nA says \"x\" source \"r\" graded b2;", "NEG5061");
        Assert.EndsWith("did you mean 'B2'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NEG5062_a_grade_with_no_source_before_it() =>
        AssertDiagnostics("party A;\nA confirms \"x\" [graded B1];\nA says \"y\" source \"r\" on 2022-01-01 [graded B1];", "NEG5062", "NEG5062");

    [Fact]
    public void NEG5062_a_second_grade_after_a_graded_source() =>
        AssertDiagnostics("record \"t\" source \"RBC\" graded B1 [graded C3];", "NEG5062");

    [Fact]
    public void NEG5063_the_same_source_twice() =>
        AssertDiagnostics("party A;\nA says \"x\" source \"TASS\" graded C3 source [\"TASS\"];", "NEG5063");

    [Fact]
    public void NEG5064_a_source_that_reports_and_disputes() =>
        AssertDiagnostics("party A;\nA says \"x\" source \"TASS\" disputed by [\"TASS\"];", "NEG5064");

    [Fact]
    public void Two_sources_of_one_name_on_different_statements_are_fine() =>
        AssertDiagnostics("party A;\nA says \"x\" source \"TASS\" graded B2;\nA says \"y\" source \"TASS\" graded C3;");
}
