using System.Linq;
using NegotiationDsl.Model;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Milestones;

/// <summary>Milestones (docs/language.md, section 18): a day that is nobody's obligation, its state on a day, and its checks.</summary>
public sealed class MilestoneTests
{
    private const string Record =
        "record \"r\" published 2015-07-20;\nparty UN;\n" +
        "endorsement: UN says \"resolution 2231 endorses the plan\" on 2015-07-20;\n" +
        "adoption_day: milestone \"Adoption Day\" after endorsement in 90 days;\n" +
        "term_end: milestone \"the term ends\" after endorsement within 120 days;\n" +
        "talks_resume: milestone \"the talks resume\" on 2015-09-10;\n" +
        "review: milestone \"the review\" on 2015-10-05..2015-10-09;\n" +
        "adoption_day happens on 2015-10-18;\n" +
        "talks_resume fails on 2015-09-30;\n";

    private static MilestoneSymbol Named(Compilation compilation, string name) => compilation.Milestones.Single(milestone => milestone.Name == name);

    [Fact]
    public void A_milestone_counts_its_day_from_what_it_comes_after()
    {
        var compilation = Compile(Record);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal("2015-10-18", Named(compilation, "adoption_day").Day.ToString());
        Assert.Equal("2015-07-20", Named(compilation, "adoption_day").CountsFrom.ToString());
        Assert.Equal("2015-11-17", Named(compilation, "term_end").Day.ToString());
        Assert.Equal("2015-09-10", Named(compilation, "talks_resume").Day.ToString());
        Assert.Equal("Adoption Day", Named(compilation, "adoption_day").Title);
    }

    [Theory]
    [InlineData("adoption_day", 2015, 10, 1, MilestoneState.Upcoming)]
    [InlineData("adoption_day", 2015, 10, 18, MilestoneState.Happened)]
    [InlineData("term_end", 2015, 11, 17, MilestoneState.Reached)]
    [InlineData("term_end", 2015, 11, 18, MilestoneState.Passed)]
    [InlineData("talks_resume", 2015, 9, 20, MilestoneState.Passed)]
    [InlineData("talks_resume", 2015, 9, 30, MilestoneState.DidNotHappen)]
    [InlineData("review", 2015, 10, 7, MilestoneState.Reached)]
    public void The_state_on_a_day(string name, int year, int month, int day, MilestoneState expected) =>
        Assert.Equal(expected, Named(Compile(Record), name).GetState(new LocalDate(year, month, day)));

    [Fact]
    public void A_coarse_day_cannot_tell_within_it()
    {
        var milestone = Assert.Single(Compile("m: milestone \"m\" on 2015-03;").Milestones);

        Assert.Equal(MilestoneState.Unknown, milestone.GetState(new LocalDate(2015, 3, 10)));
        Assert.Equal(MilestoneState.Upcoming, milestone.GetState(new LocalDate(2015, 2, 28)));
        Assert.Equal(MilestoneState.Unknown, milestone.GetState(null));
    }

    [Fact]
    public void A_statement_after_a_milestone_counts_from_its_day()
    {
        var compilation = Compile("party A;\nm: milestone \"m\" on 2015-03-10;\nc: A commits \"x\" after m within 5 days;");

        Assert.Equal("2015-03-10..2015-03-15", compilation.Commitments.Single().Deadline.ToString());
    }

    [Fact]
    public void A_milestone_without_a_day() => AssertDiagnostics("[m]: milestone \"m\";", "NEG5029");

    [Fact]
    public void A_milestone_counted_from_something_without_a_day() =>
        AssertDiagnostics("[a]: milestone \"a\";\nb: milestone \"b\" after a [in 3 days];", "NEG5029", "NEG3003");

    [Fact]
    public void A_milestone_with_two_days() => AssertDiagnostics("m: milestone \"m\" on 2015-01-01 [in 3 days];", "NEG5030");

    [Fact]
    public void A_milestone_recorded_twice() =>
        AssertDiagnostics("m: milestone \"m\" on 2015-01-01;\nm happens on 2015-01-01;\n[m] fails on 2015-01-02;", "NEG5031");

    [Fact]
    public void A_milestone_that_happened_before_what_it_counts_from() =>
        AssertDiagnostics("party A;\ne: A says \"x\" on 2015-01-10;\nm: milestone \"m\" after e in 3 days;\n[m] happens on 2015-01-05;", "NEG5032");

    [Fact]
    public void A_milestone_counted_from_a_milestone_that_did_not_happen() =>
        AssertDiagnostics("a: milestone \"a\" on 2015-01-01;\nb: milestone \"b\" after [a] in 3 days;\na fails on 2015-01-01;", "NEG5033");

    [Fact]
    public void A_milestone_counted_from_a_broken_commitment() =>
        AssertDiagnostics("party A;\nc: A commits \"x\" by 2015-01-01 on 2014-12-01;\nb: milestone \"b\" after [c] in 3 days;\nA breaks c on 2014-12-20;", "NEG5033");

    [Fact]
    public void A_milestone_recorded_without_a_date() => AssertDiagnostics("m: milestone \"m\" on 2015-01-01;\nm [happens];", "NEG5034");

    [Fact]
    public void One_milestone_per_record() =>
        AssertDiagnostics("a: milestone \"a\" on 2015-01-01;\nb: milestone \"b\" on 2015-01-01;\n[a, b] happens on 2015-01-01;", "NEG5035");

    [Fact]
    public void Only_a_milestone_happens() =>
        Assert.Contains("only a milestone happens", Single("party A;\nA happens on 2015-01-01;", "NEG2011").Message, System.StringComparison.Ordinal);

    [Fact]
    public void A_record_in_a_folder_that_uses_the_milestone_counts_in_its_folder()
    {
        var archive = Archive.Create("/a", [
            SyntaxTree.ParseText("record \"M\" published 2015-07-20;\nadoption_day: milestone \"Adoption Day\" on 2015-10-18;\n", "/a/plan/plan.neg"),
            SyntaxTree.ParseText("use \"../plan\" as plan;\nrecord \"Then\" published 2015-10-18;\nplan.adoption_day happens;\n", "/a/then/then.neg")]);

        var milestone = Assert.Single(archive.GetCompilation("/a/plan")!.Milestones);
        Assert.Equal(MilestoneState.Happened, milestone.GetState(new LocalDate(2015, 10, 18)));
        Assert.Empty(archive.GetCompilation("/a/then")!.GetDiagnostics());
    }
}
