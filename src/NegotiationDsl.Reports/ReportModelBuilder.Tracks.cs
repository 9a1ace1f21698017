using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Symbols;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

/// <summary>
/// Tracks: each round of talks with its meetings and statements, and for each record file the meetings
/// and statements outside any round.
/// </summary>
internal sealed partial class ReportModelBuilder
{
    /// <summary>A track is keyed by its round of talks, or by the record <paramref name="symbol"/> is declared in.</summary>
    private object TrackKey(TalksSymbol? talks, Symbol symbol) => (object?)talks ?? _compilation.GetRecord(symbol);

    /// <param name="byKey">Each track by its key (<see cref="TrackKey"/>): what commitments and an archive's pages look its title and anchor up in.</param>
    private ImmutableArray<ReportTrack> Tracks(out Dictionary<object, ReportTrack> byKey)
    {
        var parts = new Dictionary<object, (List<MeetingSymbol> Meetings, List<StatementSymbol> Statements)>();
        (List<MeetingSymbol> Meetings, List<StatementSymbol> Statements) Part(object key)
        {
            if (!parts.TryGetValue(key, out var part)) parts[key] = part = (new List<MeetingSymbol>(), new List<StatementSymbol>());
            return part;
        }

        foreach (var talks in _compilation.Symbols.OfType<TalksSymbol>()) Part(talks);
        foreach (var meeting in _compilation.Meetings) Part(TrackKey(meeting.Talks, meeting)).Meetings.Add(meeting);
        foreach (var statement in _statements) Part(TrackKey(statement.Talks, statement)).Statements.Add(statement);

        var tracks = parts.Select(pair => (Key: pair.Key, Date: TrackDate(pair.Key, pair.Value.Meetings, pair.Value.Statements), First: FirstOrder(pair.Key, pair.Value.Meetings, pair.Value.Statements), Part: pair.Value))
            .OrderBy(track => track.Date is null ? 1 : 0)
            .ThenBy(track => track.Date?.Start)
            .ThenBy(track => track.First)
            .Select((track, index) => Track(track.Key, index + 1, track.Date, track.Part.Meetings, track.Part.Statements))
            .ToList();

        byKey = tracks.ToDictionary(track => track.Key, track => track.Model);
        return tracks.Select(track => track.Model).ToImmutableArray();
    }

    private (object Key, ReportTrack Model) Track(object key, int number, DateInterval? date, List<MeetingSymbol> meetings, List<StatementSymbol> statements)
    {
        var groups = Verbs.All
            .Select(verb => new StatementGroup(verb.Kind, verb.Title,
                InDateOrder(statements.Where(statement => statement.StatementKind == verb.Kind), statement => statement.Date).Select(Statement).ToImmutableArray()))
            .Where(group => !group.Statements.IsEmpty)
            .ToImmutableArray();
        var reportMeetings = meetings.Select(Meeting).ToImmutableArray();
        var id = "track-" + number.ToString(CultureInfo.InvariantCulture);

        if (key is TalksSymbol talks)
        {
            var title = talks.Title ?? (talks.HasIdentifier ? talks.Name : "Talks");
            return (key, new ReportTrack(number, id, TrackKind.Talks, title, talks.HasIdentifier ? talks.Name : null, FileName(talks), date, talks.Format,
                talks.Participants.Select(actor => actor.DisplayName).ToImmutableArray(), ReportText.Sources(talks.Sources), reportMeetings, groups)
            {
                Times = ReportText.Times(talks.LocalTime, talks.StartTime, talks.EndTime),
                Roles = Roles(talks),
                Delegations = Delegations(talks),
            });
        }

        var record = _records[(RecordSymbol)key];
        return (key, new ReportTrack(number, id, TrackKind.Record, record.Title ?? record.FileName, null, record.FileName, date, null,
            ImmutableArray<string>.Empty, record.Source, reportMeetings, groups));
    }

    internal ReportMeeting Meeting(MeetingSymbol meeting) => new(
        meeting.HasIdentifier ? meeting.Name : null,
        meeting.Place,
        meeting.Date,
        meeting.LocalTime,
        meeting.Duration,
        meeting.Format,
        meeting.Participants.Select(actor => actor.DisplayName).ToImmutableArray(),
        ReportText.Sources(meeting.Sources),
        meeting.Statements.Length,
        FileName(meeting),
        Line(meeting),
        meeting.DurationApproximation)
    {
        StartTime = meeting.StartTime,
        EndTime = meeting.EndTime,
        Roles = Roles(meeting),
        Delegations = Delegations(meeting),
    };

    private static ImmutableArray<(string Role, ImmutableArray<string> Actors)> Roles(GatheringSymbol gathering) =>
        gathering.Roles.Select(role => (role.Role.Name, role.Actors.Select(actor => actor.DisplayName).ToImmutableArray())).ToImmutableArray();

    private static ImmutableArray<ReportDelegation> Delegations(GatheringSymbol gathering) =>
        gathering.Delegations.Select(delegation => new ReportDelegation(
            delegation.Party.DisplayName, delegation.Lead?.DisplayName, delegation.Members.Select(actor => actor.DisplayName).ToImmutableArray())).ToImmutableArray();

    /// <summary>A round's own dates, else the span of everything in the track (from the first day to the last, so day precision).</summary>
    private static DateInterval? TrackDate(object key, List<MeetingSymbol> meetings, List<StatementSymbol> statements) =>
        key is TalksSymbol { Date: { } talksDate } ? talksDate : DaySpan(meetings.Select(meeting => meeting.Date).Concat(statements.Select(statement => statement.Date)));

    /// <summary>From the first day of the dates to the last (so day precision); null when none is known.</summary>
    internal static DateInterval? DaySpan(IEnumerable<DateInterval?> dates)
    {
        DateInterval? hull = null;
        foreach (var date in dates)
        {
            if (date is { } interval) hull = hull is { } known ? known.Hull(interval) : interval;
        }

        return hull is { } span ? new DateInterval(span.Start, span.End, DatePrecision.Day) : null;
    }

    private int FirstOrder(object key, List<MeetingSymbol> meetings, List<StatementSymbol> statements) =>
        key is TalksSymbol talks ? _order[talks] : meetings.Cast<Symbol>().Concat(statements).Select(symbol => _order[symbol]).DefaultIfEmpty(int.MaxValue).Min();
}
