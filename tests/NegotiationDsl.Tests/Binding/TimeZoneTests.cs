using System.Linq;
using NegotiationDsl.Symbols;
using NodaTime;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>Times of day and time zones (language.md §21): each check at a pinned span, and the instants they resolve to.</summary>
public sealed class TimeZoneTests
{
    private const string Actors = "party A;\nparty B;\n";

    [Fact]
    public void An_unknown_zone_with_a_typo_suggests_the_canonical_id()
    {
        AssertDiagnostics(Actors + "A says \"x\" on 2015-02-15 at 00:00 [Europe/Kyev];", "NEG5041");
        Assert.Contains("did you mean 'Europe/Kyiv'?", Single(Actors + "A says \"x\" on 2015-02-15 at 00:00 Europe/Kyev;", "NEG5041").Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_written_alone_suggests_its_zone() =>
        Assert.Contains("did you mean 'Europe/Kyiv'?", Single(Actors + "A says \"x\" on 2015-02-15 at 00:00 Kyiv;", "NEG5041").Message, System.StringComparison.Ordinal);

    [Fact]
    public void Utc_and_old_aliases_are_zones() =>
        AssertDiagnostics(Actors + "A says \"x\" on 2015-02-15 at 00:00 UTC;\nA says \"y\" on 2015-02-15 at 00:00 Europe/Kiev;");

    [Fact]
    public void A_time_on_a_month_has_no_day_to_stand_on() =>
        AssertDiagnostics(Actors + "A says \"x\" on 2015-03 at [02:30 UTC];", "NEG5042");

    [Fact]
    public void A_time_on_a_meetings_week_is_its_local_start_time_as_before()
    {
        AssertDiagnostics(Actors + "meeting X 2022-W03 at 10:00 Europe/Vienna < >");
        var meeting = Compile(Actors + "meeting X 2022-W03 at 10:00 < >").Symbols.OfType<MeetingSymbol>().Single();
        Assert.Equal(new LocalTime(10, 0), meeting.LocalTime);
        Assert.Null(meeting.StartTime);
    }

    [Fact]
    public void A_time_skipped_by_the_clock_change_is_read_forward()
    {
        AssertDiagnostics(Actors + "A says \"x\" on 2015-03-29 at [02:30 Europe/Berlin];", "NEG5043");
        var statement = Statement(Actors + "x: A says \"x\" on 2015-03-29 at 02:30 Europe/Berlin;");
        Assert.Equal(Instant.FromUtc(2015, 3, 29, 1, 30), statement.StartTime!.Instant);
    }

    [Fact]
    public void A_time_that_occurred_twice_is_read_as_the_first()
    {
        AssertDiagnostics(Actors + "A says \"x\" on 2015-10-25 at [02:30 Europe/Berlin];", "NEG5044");
        var statement = Statement(Actors + "x: A says \"x\" on 2015-10-25 at 02:30 Europe/Berlin;");
        Assert.Equal(Instant.FromUtc(2015, 10, 25, 0, 30), statement.StartTime!.Instant);
    }

    [Fact]
    public void An_end_before_the_start() =>
        AssertDiagnostics(Actors + "meeting X [2015-03-01 at 10:00..2015-03-01 at 09:00 UTC] < >", "NEG5045");

    [Fact]
    public void An_end_in_another_zone_is_compared_as_an_instant() =>
        AssertDiagnostics(Actors + "meeting X 2015-03-01 at 10:00 Europe/Berlin..2015-03-01 at 09:30 UTC < >");

    [Fact]
    public void A_duration_that_disagrees_with_start_and_end()
    {
        AssertDiagnostics(Actors + "meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk [16h] < >", "NEG5046");
        Assert.EndsWith("which are 15h45min apart.", Single(Actors + "meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk 16h < >", "NEG5046").Message, System.StringComparison.Ordinal);
        AssertDiagnostics(Actors + "meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk 15h45min < >");
    }

    [Fact]
    public void A_time_on_a_deadline_is_not_kept() =>
        AssertDiagnostics(Actors + "A commits \"x\" by [2015-03-01 at 10:00] on 2015-02-01;", "NEG5047");

    [Fact]
    public void A_lasting_obligation_keeps_the_times_of_its_period()
    {
        var commitment = (CommitmentSymbol)Statement(Actors +
            "ceasefire: A, B commit to keep \"a ceasefire\" on 2015-02-12 from 2015-02-15 at 00:00 Europe/Kyiv until 2015-03-01 at 12:00;");

        Assert.Equal("2015-02-15", commitment.PeriodStart.ToString());
        Assert.Equal("2015-02-14 22:00 UTC", commitment.PeriodStartTime!.UtcText);
        // No zone of its own and none from a meeting: a local time (the zone of `from` is not the range's).
        Assert.Null(commitment.UntilTime!.ZoneId);
        Assert.Equal("from 2015-02-15 00:00 Europe/Kyiv until 2015-03-01 12:00", commitment.PeriodText);
        AssertDiagnostics(Actors + "x: A commits to keep \"y\" on 2015-02-12 from 2015-02-15 at 00:00 Europe/Kyiv;");
    }

    [Fact]
    public void A_time_on_the_until_of_an_extension_is_not_kept() =>
        AssertDiagnostics(Actors + "t: agreement \"T\" term 1 years;\nA signs t on 2015-01-01;\nA extends t until [2017-01-01 at 10:00] on 2015-06-01;", "NEG5047");

    [Fact]
    public void An_overnight_meeting_covers_both_days_and_ends_on_the_second()
    {
        var meeting = Compile(Actors + "meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk < >").Symbols.OfType<MeetingSymbol>().Single();

        Assert.Equal("2015-02-11..2015-02-12", meeting.Date.ToString());
        Assert.Equal(Instant.FromUtc(2015, 2, 11, 16, 0), meeting.StartTime!.Instant);
        Assert.Equal(Instant.FromUtc(2015, 2, 12, 7, 45), meeting.EndTime!.Instant);
        Assert.Equal("Europe/Minsk", meeting.TimeZoneId);
        Assert.Equal(new LocalTime(19, 0), meeting.LocalTime);
    }

    [Fact]
    public void A_zoned_time_counts_as_its_day_in_its_zone_not_in_utc()
    {
        var statement = Statement(Actors + "ceasefire: A commits \"a ceasefire\" by 2015-02-15 on 2015-02-15 at 00:00 Europe/Kyiv;");

        Assert.Equal("2015-02-15", statement.Date.ToString());
        Assert.Equal("2015-02-14 22:00 UTC", statement.StartTime!.UtcText);
        Assert.Equal("2015-02-15T00:00+02:00", statement.StartTime.IsoText8601);
    }

    [Fact]
    public void A_statement_takes_its_meetings_zone_and_a_time_without_any_zone_is_local()
    {
        var compilation = Compile(Actors + "meeting S 2018-06-12 at 09:00 Asia/Singapore < a: A says \"x\" on 2018-06-12 at 13:30; >\nb: B says \"y\" on 2018-06-12 at 13:30;");
        var statements = compilation.Symbols.OfType<StatementSymbol>().ToDictionary(s => s.Name);

        Assert.Equal("Asia/Singapore", statements["a"].StartTime!.ZoneId);
        Assert.Equal(Instant.FromUtc(2018, 6, 12, 5, 30), statements["a"].StartTime!.Instant);
        Assert.Null(statements["b"].StartTime!.ZoneId);
        Assert.Null(statements["b"].StartTime!.Instant);
    }

    [Fact]
    public void A_time_attribute_apart_from_the_date_starts_the_first_day()
    {
        var meeting = Compile(Actors + "meeting Geneva with A, B at 13:00 Europe/Zurich 2022-01-21 < >").Symbols.OfType<MeetingSymbol>().Single();

        Assert.Equal(Instant.FromUtc(2022, 1, 21, 12, 0), meeting.StartTime!.Instant);
    }

    private static StatementSymbol Statement(string text) =>
        Compile(text).Symbols.OfType<StatementSymbol>().Single(statement => statement.HasLabel);
}
