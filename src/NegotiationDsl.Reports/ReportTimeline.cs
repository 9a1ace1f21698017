using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Reports;

public enum TimelineItemKind
{
    /// <summary>A meeting, over its days.</summary>
    Meeting,

    /// <summary>A commitment's deadline period (<c>by next_week</c>: the whole week).</summary>
    Deadline,

    /// <summary>The day a commitment was fulfilled, broken, withdrawn or violated.</summary>
    Event,

    /// <summary>The period a maintenance obligation or prohibition is in force (to its end, else to the "as of" day).</summary>
    Period,

    /// <summary>An agreement's term, from its start to its end as the records up to the "as of" day give it.</summary>
    Term,

    /// <summary>A milestone's day (or period): a mark on it.</summary>
    Milestone,
}

/// <summary>
/// One bar or mark of the timeline. <see cref="Label"/> is the meeting's place or the commitment's label
/// (or the start of its deliverable); <see cref="State"/> is the commitment's state for deadlines and events.
/// </summary>
public sealed record TimelineItem(TimelineItemKind Kind, string Section, string Label, DateInterval Date, CommitmentState? State, StatementKind? EventKind)
{
    /// <summary>A meeting's track's number (<see cref="ReportTrack.Number"/>), which names its section where space is short.</summary>
    public int? Track { get; init; }
}

/// <summary>
/// What the Mermaid chart and the SVG timeline draw, in the same order: each track's dated meetings, then
/// every dated deadline, lasting obligation's period and settling event, then each agreement's term, then each milestone's day. <see cref="Range"/> covers them and the "as of" day.
/// </summary>
public sealed class ReportTimeline
{
    public const string CommitmentsSection = "Commitments";
    public const string AgreementsSection = "Agreements";
    public const string MilestonesSection = "Milestones";

    private ReportTimeline(ImmutableArray<TimelineItem> items, DateInterval? range, LocalDate? asOf, int undated)
    {
        Items = items;
        Range = range;
        AsOf = asOf;
        Undated = undated;
    }

    public ImmutableArray<TimelineItem> Items { get; }
    public DateInterval? Range { get; }
    public LocalDate? AsOf { get; }

    /// <summary>Meetings, commitments and milestones left out because they have no date to draw.</summary>
    public int Undated { get; }

    internal static ReportTimeline Build(ImmutableArray<ReportTrack> tracks, ImmutableArray<ReportCommitment> commitments, ImmutableArray<ReportAgreement> agreements, ImmutableArray<ReportMilestone> milestones, LocalDate? asOf)
    {
        var items = new List<TimelineItem>();
        var undated = 0;
        foreach (var track in tracks)
        {
            foreach (var meeting in track.Meetings)
            {
                if (meeting.Date is { } date) items.Add(new TimelineItem(TimelineItemKind.Meeting, track.Title, meeting.Place, date, null, null) { Track = track.Number });
                else undated++;
            }
        }

        foreach (var commitment in commitments)
        {
            var label = commitment.Label ?? commitment.Deliverable ?? "commitment";
            var drawn = false;
            if (commitment.Deadline is { } deadline)
            {
                items.Add(new TimelineItem(TimelineItemKind.Deadline, CommitmentsSection, label, deadline, commitment.State, null));
                drawn = true;
            }

            if (commitment.Lasts && PeriodBar(commitment, asOf) is { } period)
            {
                items.Add(new TimelineItem(TimelineItemKind.Period, CommitmentsSection, label, period, commitment.State, null));
                drawn = true;
            }

            foreach (var settled in commitment.Events)
            {
                if (settled.Date is not { } date) continue;
                items.Add(new TimelineItem(TimelineItemKind.Event, CommitmentsSection, label, date, commitment.State, settled.Kind));
                drawn = true;
            }

            if (!drawn) undated++;
        }

        // An agreement without a term (or not yet concluded) has no period to draw; it is in the agreements table.
        foreach (var agreement in agreements)
        {
            if (agreement is { TermStart: { } start, TermEnd: { } end } && end >= start)
                items.Add(new TimelineItem(TimelineItemKind.Term, AgreementsSection, agreement.Label, new DateInterval(start, end, DatePrecision.Day), null, null));
        }

        foreach (var milestone in milestones)
        {
            if (milestone.Day is { } day) items.Add(new TimelineItem(TimelineItemKind.Milestone, MilestonesSection, milestone.Label, day, null, null));
            else undated++;
        }

        DateInterval? range = null;
        foreach (var date in items.Select(item => item.Date).Concat(asOf is { } day ? new[] { DateInterval.Day(day) } : []))
            range = range is { } known ? known.Hull(date) : date;
        return new ReportTimeline(items.ToImmutableArray(), range, asOf, undated);
    }

    /// <summary>From the period's first day to its last, or to the "as of" day when it has no end (just its start before that day).</summary>
    private static DateInterval? PeriodBar(ReportCommitment commitment, LocalDate? asOf)
    {
        if (commitment.PeriodStart is not { } start) return null;
        var last = commitment.PeriodEnd?.End ?? (asOf is { } day && day > start.Start ? day : start.End);
        return last < start.Start ? null : new DateInterval(start.Start, last, DatePrecision.Day);
    }
}
