using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

public sealed class CommitmentTests
{
    private const string Promise =
        "party USA;\nparty Russia;\nperson Blinken of USA;\n" +
        "meeting Geneva 2022-01-21 < written_response: Blinken commits \"written response\" to Russia by next_week if \"allies agree\"; >\n";

    [Fact]
    public void A_commitment_is_an_object_with_debtor_creditor_deliverable_deadline_and_condition()
    {
        var commitment = Assert.Single(Compile(Promise).Commitments);

        Assert.Equal("written_response", commitment.Name);
        Assert.Equal("Blinken", Assert.Single(commitment.Debtors).Name);
        Assert.Equal("Russia", Assert.Single(commitment.Creditors).Name);
        Assert.Equal("written response", commitment.Deliverable);
        Assert.Equal("2022-01-24..2022-01-30", commitment.Deadline.ToString());
        Assert.Equal("allies agree", commitment.Condition);
        Assert.Equal("2022-01-21", commitment.Date.ToString());
    }

    [Theory]
    [InlineData(null, 2022, 1, 20, CommitmentState.NotMadeYet)]
    [InlineData(null, 2022, 1, 21, CommitmentState.Open)]
    [InlineData(null, 2022, 1, 22, CommitmentState.Open)]
    [InlineData(null, 2022, 1, 24, CommitmentState.Due)]
    [InlineData(null, 2022, 1, 30, CommitmentState.Due)]
    [InlineData(null, 2022, 1, 31, CommitmentState.Overdue)]
    [InlineData("USA fulfils written_response on 2022-01-26;", 2022, 1, 25, CommitmentState.Due)]
    [InlineData("USA fulfils written_response on 2022-01-26;", 2022, 1, 31, CommitmentState.Fulfilled)]
    [InlineData("USA fulfils written_response on 2022-02-02;", 2022, 2, 3, CommitmentState.FulfilledLate)]
    [InlineData("USA fulfils written_response on 2022-W05;", 2022, 2, 28, CommitmentState.FulfilledLate)]
    [InlineData("USA fulfils written_response on 2022-01;", 2022, 2, 28, CommitmentState.Unknown)]
    [InlineData("USA fulfils written_response on 2022-01;", 2022, 1, 21, CommitmentState.Unknown)]
    [InlineData("Blinken breaks written_response on 2022-01-28;", 2022, 1, 31, CommitmentState.Broken)]
    [InlineData("Blinken withdraws written_response on 2022-01-25;", 2022, 1, 31, CommitmentState.Withdrawn)]
    public void The_state_on_a_date_follows_from_deadline_and_events(string? followUp, int year, int month, int day, CommitmentState expected)
    {
        var compilation = followUp is null ? Compile(Promise) : Compile(Promise, followUp);

        Assert.Equal(expected, Assert.Single(compilation.Commitments).GetState(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_commitment_with_an_unresolvable_deadline_is_unknown_not_open()
    {
        var commitment = Assert.Single(Compile("party A;\nA commits \"x\" by next_week;").Commitments);

        Assert.Equal(CommitmentState.Unknown, commitment.GetState(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void An_unknown_commitment_suggests_a_label() =>
        Assert.Equal("No commitment is labelled 'writen_response'; did you mean 'written_response'?",
            Single(Promise + "USA fulfils writen_response on 2022-01-26;", "NEG4001").Message);

    [Fact]
    public void Fulfilling_before_the_commitment_was_made() =>
        AssertDiagnostics(Promise.Replace("party USA;", "party USA;", System.StringComparison.Ordinal) + "USA fulfils [written_response] on 2022-01-20;", "NEG4002");

    [Fact]
    public void A_fulfilment_needs_a_date() =>
        AssertDiagnostics("party A;\nc: A commits \"x\";\nA fulfils [c];", "NEG4003");

    [Fact]
    public void A_commitment_settled_twice() =>
        AssertDiagnostics(Promise + "USA fulfils written_response on 2022-01-26;\nBlinken breaks [written_response] on 2022-01-28;", "NEG4004");

    [Fact]
    public void Settled_by_someone_unrelated_to_the_debtor() =>
        AssertDiagnostics(Promise + "Russia fulfils [written_response] on 2022-01-26;", "NEG4005");

    [Fact]
    public void Fulfilling_something_that_is_not_a_commitment() =>
        AssertDiagnostics("party A;\nd: A demands \"x\";\nA fulfils [d] on 2022-01-01;", "NEG2011");

    [Fact]
    public void The_follow_up_in_another_file_marks_the_commitment_fulfilled()
    {
        var compilation = Compile(Promise, "USA fulfils written_response on 2022-01-26;");

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= NegotiationDsl.Diagnostics.DiagnosticSeverity.Warning));
        var commitment = Assert.Single(compilation.Commitments);
        Assert.Equal(StatementKind.Fulfilment, Assert.Single(commitment.Events).Kind);
    }
}
