using System.Linq;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;
using NegotiationDsl.Tests.Binding;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>The time column of a meeting card: the start, the end of an overnight meeting with its day, and the zone.</summary>
public sealed class MeetingTimesTests
{
    [Theory]
    [InlineData("2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk", "19:00–10:45 (12 Feb 2015) Europe/Minsk")]
    [InlineData("2018-06-12 at 09:00 Asia/Singapore", "09:00 Asia/Singapore")]
    [InlineData("2022-01-21 at 13:00..2022-01-21 at 14:30", "13:00–14:30")]
    [InlineData("2022-01-21 at 13:00 Europe/Zurich..2022-01-21 at 13:30 UTC", "13:00 Europe/Zurich–13:30 UTC")]
    [InlineData("2022-01-21 at 18:00 Europe/Zurich..2022-01-22 at 02:00 America/New_York", "18:00 Europe/Zurich–02:00 (22 Jan 2022) America/New_York")]
    public void The_time_column_shows_start_end_and_zone(string date, string expected)
    {
        var meeting = BindingHelper.Compile($"meeting X {date} < >").Symbols.OfType<MeetingSymbol>().Single();

        Assert.Equal(expected, ReportText.Times(meeting.LocalTime, meeting.StartTime, meeting.EndTime));
    }

    [Fact]
    public void A_time_without_a_day_is_the_local_time_alone()
    {
        var meeting = BindingHelper.Compile("meeting X at 13:00 < >").Symbols.OfType<MeetingSymbol>().Single();

        Assert.Equal("13:00", ReportText.Times(meeting.LocalTime, meeting.StartTime, meeting.EndTime));
    }

    [Fact]
    public void A_round_of_talks_with_a_time_shows_it_in_its_track_header_in_every_format()
    {
        var (markdown, html, _) = ReportHelper.All(ReportHelper.Model(
            "party A;\nparty B;\nsummit: talks \"Summit\" 2018-06-12 at 09:00 Asia/Singapore with A, B <\n  meeting Sentosa 2018-06-12 at 10:00 Asia/Singapore with A, B < A says \"x\"; >\n>\n"));

        Assert.Contains(" · 2018-06-12 at 09\\:00 Asia/Singapore · with **A** and **B**", markdown, System.StringComparison.Ordinal);
        Assert.Contains("2018-06-12</span> at 09:00 Asia/Singapore", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_of_talks_shows_its_roles_and_delegations_in_its_track_header_as_a_meeting_does()
    {
        var (markdown, html, _) = ReportHelper.All(ReportHelper.Model(
            "party USA;\nparty A;\nparty B;\nperson Carter of USA;\nperson Sadat of A;\n" +
            "camp_david: talks \"Camp David\" 1978-09-05..1978-09-17 with A, B, Carter role host USA role mediator Carter delegation A Sadat <\n" +
            "  meeting Lodge 1978-09-06 with A, B < A says \"x\"; >\n>\n"));

        Assert.Contains(" · with **A**, **B** and **Carter** · host: **USA** · mediator: **Carter** · delegation of **A**: **Sadat**", markdown, System.StringComparison.Ordinal);
        Assert.Contains("mediator: ", html, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keep", "**A** says **B** commits to keep “a ceasefire”")]
    [InlineData("not", "**A** says **B** commits not to “shell towns”")]
    public void A_reported_lasting_commitment_shows_its_kind_as_the_direct_one_does(string kind, string sentence)
    {
        var text = kind == "keep" ? "to keep \"a ceasefire\"" : "not to \"shell towns\"";
        var (markdown, _, _) = ReportHelper.All(ReportHelper.Model($"party A;\nparty B;\nA says B commits {text} on 2022-01-01;\n"));

        Assert.Contains(sentence, markdown, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_reported_lasting_commitment_keeps_its_period_in_the_sentence_and_the_json()
    {
        const string Text = "record \"r\" published 2015-02-16;\nparty OSCE;\nparty DPR;\n" +
            "OSCE says DPR commits to keep \"the ceasefire\" from 2015-02-15 at 00:00 Europe/Kyiv until 2015-03-31 on 2015-02-16;\n";
        var compilation = BindingHelper.Compile(Text);

        Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Code == "NEG5023");
        var (markdown, _, _) = ReportHelper.All(ReportHelper.Model(Text));
        Assert.Contains("commits to keep “the ceasefire” from 2015-02-15 00\\:00 Europe/Kyiv until 2015-03-31", markdown, System.StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(NegotiationDsl.Emit.Json.RecordJsonWriter.Write(compilation, "r"));
        var period = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "reportedSpeech").GetProperty("period");
        Assert.Equal("2015-02-15T00:00+02:00", period.GetProperty("startTime").GetProperty("instant").GetString());
        Assert.Equal("2015-03-31", period.GetProperty("end").GetProperty("start").GetString());
    }

    [Fact]
    public void A_deadline_on_a_reported_lasting_commitment_is_refused_as_on_the_direct_one() =>
        Assert.Contains(BindingHelper.Compile("party A;\nparty B;\nA says B commits to keep \"x\" by 2015-03-01 on 2015-02-01;\n").GetDiagnostics(),
            diagnostic => diagnostic.Code == "NEG5022");
}
