using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Agreements;

/// <summary>An agreement as a document: its declaration, the statements of its life, its provisions, its dates and its state on a day.</summary>
public sealed class AgreementTests
{
    private const string Actors =
        "party USA state;\nparty Russia state;\nparty Ukraine state;\n" +
        "person Obama \"Barack Obama\" office \"President\" of USA from 2009-01-20 until 2017-01-20;\n" +
        "person Medvedev \"Dmitry Medvedev\" office \"President\" of Russia from 2008-05-07 until 2012-05-07;\n";

    private const string Treaty =
        Actors +
        "new_start: agreement \"New START\" kind treaty stage other term 10 years;\n" +
        "meeting Prague 2010-04-08 with Obama, Medvedev <\n" +
        "  Obama signs new_start for USA;\n  Medvedev signs new_start for Russia;\n" +
        "  limits: USA and Russia commit \"the central limits\" under new_start after in_force within 7 years;\n>\n" +
        "in_force: new_start enters into force on 2011-02-05;\n";

    private static AgreementSymbol Agreement(params string[] files) => Assert.Single(Compile(files).Agreements);

    [Fact]
    public void An_agreement_has_a_title_a_kind_a_stage_and_a_term()
    {
        var agreement = Agreement(Treaty);

        Assert.Equal("new_start", agreement.Name);
        Assert.Equal("New START", agreement.Title);
        Assert.Equal("treaty", agreement.DocumentKind!.Name);
        Assert.Equal("other", agreement.Stage!.Name);
        Assert.Equal("10 years", agreement.Term.ToString());
    }

    [Fact]
    public void Its_life_is_the_statements_about_it_in_date_order_with_signatories_and_the_parties_they_signed_for()
    {
        var agreement = Agreement(Treaty);

        Assert.Equal(new[] { StatementKind.Signing, StatementKind.Signing, StatementKind.EntryIntoForce }, agreement.Events.Select(item => item.Kind));
        Assert.Equal(new[] { "Obama:USA", "Medvedev:Russia" },
            agreement.Events.Where(item => item.Kind == StatementKind.Signing).Select(item => item.Actors[0].Name + ":" + item.For[0].Name));
        Assert.Same(agreement, agreement.Events[2].Statement.Agreement);
        Assert.Empty(agreement.Events[2].Actors);
    }

    [Fact]
    public void A_commitment_under_it_is_a_provision_whose_deadline_counts_from_the_entry_into_force()
    {
        var compilation = Compile(Treaty);
        var provision = Assert.Single(Assert.Single(compilation.Agreements).Provisions);

        Assert.Equal("limits", provision.Name);
        Assert.Equal("2018-02-05", DateInterval(provision.Deadline!.Value.End));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Code != "NEG2009"));
    }

    [Theory]
    [InlineData(null, "2011-02-05", "2021-02-05")]
    [InlineData("USA and Russia extend new_start for 5 years on 2021-02-03;", "2011-02-05", "2026-02-05")]
    [InlineData("USA and Russia extend new_start until 2024-12-31 on 2021-02-03;", "2011-02-05", "2024-12-31")]
    [InlineData("USA and Russia renew new_start on 2021-02-03;", "2011-02-05", "2031-02-05")]
    public void The_term_runs_from_entry_into_force_and_extensions_move_its_end(string? extension, string start, string end)
    {
        var dates = (extension is null ? Agreement(Treaty) : Agreement(Treaty, extension)).Dates;

        Assert.Equal(start, DateInterval(dates.TermStart!.Value));
        Assert.Equal(end, DateInterval(dates.TermEnd!.Value));
    }

    [Fact]
    public void Without_an_entry_into_force_the_term_runs_from_the_signing()
    {
        var agreement = Agreement(Actors + "grain: agreement kind initiative term 120 days;\nUSA signs grain on 2022-07-22;\n");

        Assert.Equal("2022-11-19", DateInterval(agreement.Dates.TermEnd!.Value));
        Assert.Equal(AgreementState.Signed, agreement.GetState(new LocalDate(2022, 11, 19)));
        Assert.Equal(AgreementState.Expired, agreement.GetState(new LocalDate(2022, 11, 20)));
    }

    [Theory]
    [InlineData(2010, 4, 7, AgreementState.Negotiated)]
    [InlineData(2010, 4, 8, AgreementState.Signed)]
    [InlineData(2011, 2, 5, AgreementState.InForce)]
    [InlineData(2021, 2, 4, AgreementState.InForce)]
    [InlineData(2023, 2, 21, AgreementState.Suspended)]
    [InlineData(2024, 6, 1, AgreementState.InForce)]
    [InlineData(2026, 2, 6, AgreementState.Expired)]
    [InlineData(2027, 1, 1, AgreementState.Terminated)]
    public void The_state_on_a_day_counts_only_the_events_up_to_that_day(int year, int month, int day, AgreementState expected)
    {
        var agreement = Agreement(Treaty,
            "USA and Russia extend new_start for 5 years on 2021-02-03;\nRussia suspends new_start on 2023-02-21;\nRussia resumes new_start on 2024-01-01;\nUSA terminates new_start on 2026-12-31;\n");

        Assert.Equal(expected, agreement.GetState(new LocalDate(year, month, day)));
    }

    [Fact]
    public void Before_an_extension_the_term_ends_where_it_ended_then()
    {
        var agreement = Agreement(Treaty, "USA and Russia extend new_start for 5 years on 2021-02-03;");

        Assert.Equal("2021-02-05", DateInterval(agreement.GetDates(new LocalDate(2020, 6, 1)).TermEnd!.Value));
        // Until it enters into force, the term counts from the signing.
        Assert.Equal(new[] { "2020-04-08", "2020-04-08", "2021-02-05", "2026-02-05" }, agreement.Events.Select(item => DateInterval(item.TermEnd!.Value)));
    }

    [Fact]
    public void A_dated_event_of_imprecise_date_leaves_the_state_unknown_within_it_and_no_day_is_unknown()
    {
        var agreement = Agreement(Actors + "x: agreement;\nUSA signs x on 2022-01;\n");

        Assert.Equal(AgreementState.Unknown, agreement.GetState(new LocalDate(2022, 1, 15)));
        Assert.Equal(AgreementState.Signed, agreement.GetState(new LocalDate(2022, 2, 1)));
        Assert.Equal(AgreementState.Unknown, agreement.GetState(null));
    }

    [Fact]
    public void A_term_past_the_end_of_the_calendar_has_no_end()
    {
        var agreement = Agreement(Actors + "x: agreement term 999999999 years;\nUSA signs x on 2022-01-01;\n");

        Assert.Null(agreement.Dates.TermEnd);
    }

    private static string DateInterval(LocalDate day) => NegotiationDsl.Dates.DateInterval.Format(day);
}
