using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Maintenance obligations and prohibitions (docs/language.md, section 17): a period, violations, their states and checks.</summary>
public sealed class ObligationKindTests
{
    private const string Ceasefire =
        "record \"Minsk\" published 2015-02-12;\nparty Ukraine;\nparty DPR;\nparty OSCE;\nparty Russia;\n" +
        "ceasefire: Ukraine, DPR commit to keep \"a ceasefire\" from 2015-02-15 until 2015-03-31;\n";

    [Theory]
    [InlineData("commits \"x\"", ObligationKind.Achievement)]
    [InlineData("commits to keep \"x\"", ObligationKind.Maintenance)]
    [InlineData("commits not to \"x\"", ObligationKind.Prohibition)]
    public void The_words_after_commits_give_the_obligation_kind(string predicate, ObligationKind expected) =>
        Assert.Equal(expected, Assert.Single(Compile("party A;\nc: A " + predicate + ";").Commitments).Obligation);

    [Fact]
    public void A_maintenance_obligation_has_a_period_and_no_deadline()
    {
        var ceasefire = Assert.Single(Compile(Ceasefire).Commitments);

        Assert.True(ceasefire.Lasts);
        Assert.Null(ceasefire.Deadline);
        Assert.Equal("2015-02-15", ceasefire.PeriodStart.ToString());
        Assert.Equal("2015-03-31", ceasefire.Until.ToString());
    }

    [Fact]
    public void Without_from_the_period_starts_when_it_was_made() =>
        Assert.Equal("2015-02-12", Assert.Single(Compile("record \"r\" published 2015-02-12;\nparty A;\nc: A commits not to \"x\";").Commitments).PeriodStart.ToString());

    [Theory]
    [InlineData(null, 2015, 2, 11, CommitmentState.NotMadeYet)]
    [InlineData(null, 2015, 2, 14, CommitmentState.Pending)]
    [InlineData(null, 2015, 2, 15, CommitmentState.InForce)]
    [InlineData(null, 2022, 1, 1, CommitmentState.Ended)]
    [InlineData("OSCE says DPR violates ceasefire on 2015-02-16;", 2015, 2, 15, CommitmentState.InForce)]
    [InlineData("OSCE says DPR violates ceasefire on 2015-02-16;", 2015, 2, 16, CommitmentState.Violated)]
    [InlineData("DPR violates ceasefire on 2015-02-16;", 2015, 3, 31, CommitmentState.Violated)]
    [InlineData("DPR violates ceasefire on 2015-02-16;", 2015, 4, 1, CommitmentState.Ended)]
    [InlineData("Ukraine withdraws ceasefire on 2015-03-01;", 2015, 3, 2, CommitmentState.Withdrawn)]
    public void The_state_follows_from_the_period_and_the_violations(string? followUp, int year, int month, int day, CommitmentState expected)
    {
        var compilation = followUp is null ? Compile(Ceasefire) : Compile(Ceasefire, followUp);

        Assert.Equal(expected, Assert.Single(compilation.Commitments).GetState(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_lasting_obligation_is_never_overdue()
    {
        var prohibition = Assert.Single(Compile("record \"r\" published 2015-02-12;\nparty A;\nc: A commits not to \"x\";").Commitments);

        Assert.Equal(CommitmentState.InForce, prohibition.GetState(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void A_reported_violation_is_by_the_reported_actors_reported_by_the_speaker_on_the_reports_date()
    {
        var violation = Assert.Single(Assert.Single(Compile(Ceasefire, "OSCE says DPR violates ceasefire on 2015-02-16;").Commitments).Violations);

        Assert.Equal("2015-02-16", violation.Date.ToString());
        Assert.Equal("DPR", Assert.Single(violation.Statement.Actors).Name);
        Assert.Equal("OSCE", Assert.Single(violation.ReportedBy).Name);
        Assert.Equal(StatementKind.ReportedSpeech, violation.Record.StatementKind);
    }

    [Fact]
    public void An_offset_after_a_lasting_obligation_counts_from_the_start_of_its_period()
    {
        var compilation = Compile(Ceasefire + "weapons: Ukraine commits \"to withdraw heavy weapons\" after ceasefire by in 2 days;");

        Assert.Equal("2015-02-17", compilation.Commitments.Single(c => c.Name == "weapons").Deadline.ToString());
    }

    [Fact]
    public void A_maintenance_obligation_is_not_fulfilled() =>
        AssertDiagnostics(Ceasefire + "Ukraine fulfils [ceasefire] on 2015-02-20;", "NEG5021");

    [Fact]
    public void A_prohibition_is_not_broken() =>
        AssertDiagnostics("record \"r\" published 2015-02-12;\nparty A;\nc: A commits not to \"x\";\nA breaks [c] on 2015-02-20;", "NEG5021");

    [Fact]
    public void A_lasting_obligation_has_no_deadline() =>
        AssertDiagnostics("party A;\nc: A commits to keep \"x\" [by 2015-03-01];", "NEG5022");

    [Fact]
    public void An_offset_deadline_on_a_prohibition_is_a_deadline_too() =>
        AssertDiagnostics("record \"r\" published 2015-02-12;\nparty A;\nc: A commits not to \"x\" [within 3 days];", "NEG5022");

    [Fact]
    public void An_achievement_has_no_period() =>
        AssertDiagnostics("party A;\nc: A commits \"x\" [from 2015-02-01];", "NEG5023");

    [Fact]
    public void A_demand_has_no_period() =>
        AssertDiagnostics("party A;\nA demands \"x\" [until 2015-02-01];", "NEG5023");

    [Fact]
    public void A_period_ends_after_it_starts() =>
        AssertDiagnostics("party A;\nc: A commits to keep \"x\" from 2015-02-15 [until 2015-02-01];", "NEG5024");

    [Fact]
    public void An_achievement_is_broken_not_violated() =>
        AssertDiagnostics("party A;\nc: A commits \"x\" on 2015-02-01;\nA violates [c] on 2015-02-20;", "NEG5025");

    [Fact]
    public void A_violation_before_the_period_starts() =>
        AssertDiagnostics(Ceasefire + "DPR violates [ceasefire] on 2015-02-13;", "NEG5026");

    [Fact]
    public void A_violation_after_the_period_ends() =>
        AssertDiagnostics(Ceasefire + "DPR violates [ceasefire] on 2015-04-02;", "NEG5026");

    [Fact]
    public void A_violation_after_the_obligation_was_withdrawn() =>
        AssertDiagnostics(Ceasefire + "Ukraine withdraws ceasefire on 2015-03-01;\nDPR violates [ceasefire] on 2015-03-05;", "NEG5027");

    [Fact]
    public void A_violation_by_someone_who_did_not_commit() =>
        AssertDiagnostics(Ceasefire + "Russia violates [ceasefire] on 2015-02-20;", "NEG4005");

    [Fact]
    public void Violations_never_settle_the_obligation()
    {
        var compilation = Compile(Ceasefire, "DPR violates ceasefire on 2015-02-16;\nUkraine violates ceasefire on 2015-02-17;");

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Descriptor.Code == "NEG4004"));
        Assert.Equal(2, Assert.Single(compilation.Commitments).Violations.Length);
    }
}
