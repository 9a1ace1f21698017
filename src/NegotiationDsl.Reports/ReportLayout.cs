using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Language;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// What a report says, in order, for every document format: the "as of" day, contents, the timeline, the
/// commitment tracker, demands and their answers, each track (meetings, then statements by kind), who is
/// who, and the sources. Where the records are silent it writes "—"; where their dates cannot decide,
/// "unknown".
/// </summary>
internal static class ReportLayout
{
    internal const string None = "—";

    /// <summary>The anchor of the "who is who" section, which an archive's actor pages link to.</summary>
    internal const string WhoIsWhoId = "who-is-who";
    private static readonly string[] CommitmentHeaders = { "Commitment", "Who", "To whom", "What", "Made", "Deadline", "State", "What happened" };
    internal static readonly string[] AgreementHeaders = { "Agreement", "Kind", "Stage", "State", "Signed", "In force", "Term", "Term ends", "Signed by", "Provisions" };
    internal static readonly string[] MilestoneHeaders = { "Milestone", "Day", "Counts from", "State", "Happened" };
    private static readonly string[] MeetingHeaders = { "Date", "Place", "Local time", "Duration", "Format", "Participants", "Statements" };
    private static readonly string[] ActorHeaders = { "Name in the records", "Full name", "What", "Code", "Also called" };
    private static readonly string[] RecordHeaders = { "File", "Title", "Source", "Published", "Language", "URL" };

    public static string Write(ReportModel model, ReportDocument document)
    {
        var title = "Negotiation report: " + model.Name;
        document.Title(title);
        document.Paragraph(AsOf(model));
        document.Paragraph(new RunList()
            .Plain(model.Records.Length == 1 ? "Made from the record " : $"Made from {model.Records.Length.ToString(CultureInfo.InvariantCulture)} records: ")
            .Plain(string.Join(", ", model.Records.Select(record => record.FileName)))
            .Plain(". A dash (—) marks what the records do not say; “unknown” marks what their dates are too coarse to decide."));
        document.Contents(Contents(model));

        document.Heading(2, "timeline", new RunList().Plain("Timeline"));
        Timeline(model, document, title);
        document.Heading(2, "commitments", new RunList().Plain("Commitments"));
        Commitments(model, document);
        if (!model.Agreements.IsEmpty)
        {
            document.Heading(2, "agreements", new RunList().Plain("Agreements"));
            Agreements(model, document);
        }

        if (!model.Milestones.IsEmpty)
        {
            document.Heading(2, "milestones", new RunList().Plain("Milestones"));
            Milestones(model, document);
        }

        document.Heading(2, "demands-and-answers", new RunList().Plain("Demands and answers"));
        Demands(model, document);
        document.Heading(2, "tracks", new RunList().Plain("Tracks"));
        document.Paragraph(new RunList().Plain("A track is a round of talks with its meetings, or what one record says outside any round. Meetings are in date order; statements are grouped by kind."));
        foreach (var track in model.Tracks) Track(track, document);
        document.Heading(2, WhoIsWhoId, new RunList().Plain("Who is who"));
        Actors(model, document);
        document.Heading(2, "sources", new RunList().Plain("Sources"));
        Sources(model, document);

        return document.Finish(new RunList().Plain($"Report “{model.Name}” made by negc from the records listed under Sources, as of ").Plain(AsOfDay(model)).Plain("."));
    }

    private static ImmutableArray<TextRun> AsOf(ReportModel model) => AsOf(model.AsOfRule, model.AsOf);

    /// <summary>The "as of" line at the top of a report: the day, and where it came from.</summary>
    internal static ImmutableArray<TextRun> AsOf(AsOfRule rule, LocalDate? asOf) => rule switch
    {
        AsOfRule.Given => new RunList().Plain("As of ").Strong(AsOfDay(asOf)).Plain(", the day asked for."),
        AsOfRule.LatestInRecords => new RunList().Plain("As of ").Strong(AsOfDay(asOf)).Plain(", the latest date in the records."),
        _ => new RunList().Plain("As of: ").Strong("unknown").Plain(". Nothing in the records is dated and no day was given, so every state is unknown."),
    };

    private static string AsOfDay(ReportModel model) => AsOfDay(model.AsOf);

    internal static string AsOfDay(LocalDate? asOf) => asOf is { } day ? ReportText.Date(day) : "unknown";

    private static List<ContentsEntry> Contents(ReportModel model)
    {
        var entries = new List<ContentsEntry>
        {
            new(2, "timeline", "Timeline"),
            new(2, "commitments", "Commitments"),
            new(2, "demands-and-answers", "Demands and answers"),
            new(2, "tracks", "Tracks"),
        };
        if (!model.Milestones.IsEmpty) entries.Insert(2, new ContentsEntry(2, "milestones", "Milestones"));
        if (!model.Agreements.IsEmpty) entries.Insert(2, new ContentsEntry(2, "agreements", "Agreements"));
        entries.AddRange(model.Tracks.Select(track => new ContentsEntry(3, track.Id, TrackHeading(track))));
        entries.Add(new ContentsEntry(2, WhoIsWhoId, "Who is who"));
        entries.Add(new ContentsEntry(2, "sources", "Sources"));
        return entries;
    }

    private static string TrackHeading(ReportTrack track) => Number(track.Number) + ". " + track.Title;

    private static void Timeline(ReportModel model, ReportDocument document, string title)
    {
        if (model.Timeline.Items.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("No meeting or deadline in the records is dated, so there is nothing to draw."));
            return;
        }

        document.Timeline(model.Timeline, title);
        var legend = new RunList().Plain("Meetings by track, then each commitment’s deadline period and the day it was settled; the “as of” day is marked.");
        if (model.Timeline.Undated > 0)
            legend.Plain($" Not drawn, for want of a date: {model.Timeline.Undated.ToString(CultureInfo.InvariantCulture)} meeting(s) or commitment(s).");
        document.Paragraph(legend);
    }

    private static void Commitments(ReportModel model, ReportDocument document)
    {
        if (model.Commitments.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The records hold no commitment."));
            return;
        }

        document.Paragraph(new RunList().Plain("Each commitment with its resolved deadline and its state on ").Strong(AsOfDay(model))
            .Plain(": open (before the deadline period), due (within it), overdue (after it), fulfilled, fulfilled late, broken, withdrawn, or unknown."
                + (model.Commitments.Any(commitment => commitment.Lasts) ? LastingStates : "")));
        var rows = model.Commitments.Select(commitment => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            commitment.Label is { } label ? new RunList().Label(label) : new RunList().Plain($"(unlabelled, {commitment.FileName} line {Number(commitment.Line)})"),
            new RunList().Actors(commitment.Debtors),
            new RunList().Actors(commitment.Creditors),
            Deliverable(commitment),
            DateCell(commitment.Made),
            DeadlineCell(commitment),
            new RunList().State(commitment.StateText),
            Events(commitment),
        }).ToList();
        document.Table(CommitmentHeaders, rows);
    }

    private const string LastingStates =
        " A maintenance obligation (to keep something) or a prohibition (not to do something) has a period instead of a deadline: pending before it, in force (kept) or violated within it, ended after it.";
    /// <summary>Each agreement (a document, not an <c>agrees</c> statement) with its state and dates on the "as of" day, who signed it, and its provisions.</summary>
    private static void Agreements(ReportModel model, ReportDocument document)
    {
        document.Paragraph(new RunList().Plain("Each agreement (a document) with its state and dates on ").Strong(AsOfDay(model))
            .Plain(AgreementStatesNote));
        document.Table(AgreementHeaders, model.Agreements.Select(agreement => (IReadOnlyList<ImmutableArray<TextRun>>)AgreementCells(agreement)).ToList());
    }

    /// <summary>Each milestone (a day that is nobody's obligation) with its day, what it counts from, and its state on the "as of" day.</summary>
    private static void Milestones(ReportModel model, ReportDocument document)
    {
        document.Paragraph(new RunList().Plain("Each milestone (a day that is nobody’s obligation) with its state on ").Strong(AsOfDay(model)).Plain(MilestoneStatesNote));
        document.Table(MilestoneHeaders, model.Milestones.Select(milestone => (IReadOnlyList<ImmutableArray<TextRun>>)MilestoneCells(milestone)).ToList());
    }

    internal const string MilestoneStatesNote =
        ": upcoming (before its day), reached (on it), passed (after it, nothing recorded), happened, did not happen, or unknown.";

    /// <summary>A milestone's cells, in the order of <see cref="MilestoneHeaders"/>.</summary>
    internal static ImmutableArray<TextRun>[] MilestoneCells(ReportMilestone milestone) => new ImmutableArray<TextRun>[]
    {
        milestone.Title is { } title ? new RunList().Label(milestone.Label).Plain(": ").Quoted(title) : new RunList().Label(milestone.Label),
        DateCell(milestone.Day),
        milestone.After is { } after ? new RunList().Label(after) : new RunList().Plain(None),
        new RunList().State(milestone.State),
        DateCell(milestone.Happened),
    };

    internal const string AgreementStatesNote =
        ": negotiated, signed, adopted, in force, suspended, expired or terminated. The term runs from entry into force (else signing) and ends on its last day, moved by the extensions made by then.";

    /// <summary>An agreement's cells, in the order of <see cref="AgreementHeaders"/>.</summary>
    internal static ImmutableArray<TextRun>[] AgreementCells(ReportAgreement agreement) => new ImmutableArray<TextRun>[]
    {
        agreement.Title is { } title ? new RunList().Label(agreement.Label).Plain(": ").Quoted(title) : new RunList().Label(agreement.Label),
        new RunList().Plain(agreement.Kind ?? None),
        new RunList().Plain(agreement.Stage ?? None),
        new RunList().State(agreement.State),
        DateCell(agreement.Signed),
        DateCell(agreement.InForce),
        new RunList().Plain(agreement.Term ?? None),
        agreement.TermEnd is { } end ? new RunList().Date(ReportText.Date(end)) : new RunList().Plain(None),
        Signatories(agreement),
        agreement.Provisions.IsEmpty ? new RunList().Plain(None) : Join(agreement.Provisions),
    };

    /// <summary>"signing: Barack Obama for United States of America, 2010-04-08; witnessing: ...".</summary>
    private static RunList Signatories(ReportAgreement agreement)
    {
        var runs = new RunList();
        if (agreement.Signatories.IsEmpty) return runs.Plain(None);
        foreach (var signatory in agreement.Signatories)
        {
            if (runs.Count > 0) runs.Plain("; ");
            runs.Plain(signatory.Role + ": ").Actor(signatory.Actor);
            if (!signatory.For.IsEmpty) runs.Plain(" for ").Actors(signatory.For);
            if (signatory.Date is { } date) runs.Plain(", ").Date(ReportText.Date(date));
        }

        return runs;
    }

    private static RunList Join(ImmutableArray<string> labels)
    {
        var runs = new RunList();
        foreach (var label in labels)
        {
            if (runs.Count > 0) runs.Plain(", ");
            runs.Label(label);
        }

        return runs;
    }

    internal static RunList DateCell(Dates.DateInterval? date) => date is { } known ? new RunList().Date(ReportText.Date(known)) : new RunList().Plain(None);

    internal static RunList DeadlineCell(ReportCommitment commitment)
    {
        if (commitment.Lasts) return Period(commitment);
        if (commitment.Deadline is not { } deadline) return new RunList().Plain(DeadlineText(commitment));
        var (lastDay, period) = ReportText.DeadlineParts(deadline);
        var cell = new RunList().Plain("by ").Date(lastDay);
        return period is null ? cell : cell.Plain(" (").Date(period).Plain(")");
    }

    /// <summary>"from 2015-02-15 until 2015-03-01": a lasting obligation has a period in the deadline's place.</summary>
    private static RunList Period(ReportCommitment commitment)
    {
        var cell = new RunList();
        if (commitment.PeriodStart is { } start) cell.Plain("from ").Date(ReportText.Date(start));
        else cell.Plain("from when it was made");
        if (commitment.PeriodStartTime is { } startTime) cell.Plain(" " + ReportText.Times(null, startTime, null));
        if (commitment.PeriodEnd is { } end) cell.Plain(" until ").Date(ReportText.Date(end));
        if (commitment.PeriodEndTime is { } endTime) cell.Plain(" " + ReportText.Times(null, endTime, null));
        return cell;
    }

    public static string DeadlineText(ReportCommitment commitment) =>
        commitment.Lasts ? Obligations.Period(commitment.PeriodStart, commitment.PeriodEnd, commitment.PeriodStartTime, commitment.PeriodEndTime)
        : commitment.Deadline is { } deadline ? ReportText.Deadline(deadline)
        : commitment.DeadlineAsWritten is { } written ? ReportText.UnresolvedAsWritten(written)
        : commitment.DeadlineUnresolved ? ReportText.UnresolvedDeadline : "none";

    internal static RunList Deliverable(ReportCommitment commitment)
    {
        var runs = new RunList().Quoted(commitment.Deliverable ?? "");
        if (commitment.Condition is { } condition) runs.Plain(" if ").Quoted(condition);
        return runs.AddRange(StatementSentence.Quantities(commitment.Quantities));
    }

    private static RunList Events(ReportCommitment commitment)
    {
        var runs = new RunList();
        if (commitment.Events.IsEmpty) return runs.Plain(None);
        foreach (var settled in commitment.Events)
        {
            if (runs.Count > 0) runs.Plain("; ");
            Event(runs, settled);
        }

        return runs;
    }

    /// <summary>"fulfilled 2022-01-26 by Antony Blinken".</summary>
    internal static RunList Event(RunList runs, ReportEvent settled)
    {
        runs.Plain(ReportText.EventVerb(settled.Kind) + " ");
        if (settled.Date is { } date) runs.Date(ReportText.Date(date));
        else runs.Plain("on an unknown day");
        if (!settled.Actors.IsEmpty) runs.Plain(" by ").Actors(settled.Actors);
        return settled.ReportedBy.IsEmpty ? runs : runs.Plain(" (reported by ").Actors(settled.ReportedBy).Plain(")");
    }

    private static void Demands(ReportModel model, ReportDocument document)
    {
        if (model.Demands.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The records hold no demand."));
        }
        else
        {
            document.Paragraph(new RunList().Plain("Each demand with every statement that names it, and its status on ").Strong(AsOfDay(model))
                .Plain(": rejected, offered for discussion or agreed when such an answer had been made by then, open when none had, unknown when the dates cannot tell."));
            document.List(model.Demands.Select(Demand).ToList());
        }

        Proposals(model, document);
        if (model.UnlinkedOffers.IsEmpty) return;
        document.Heading(3, "unlinked-offers", new RunList().Plain("Offers and proposals that name no demand"));
        document.Paragraph(new RunList().Plain("The records do not tie these to a particular demand, so the statuses above do not count them."));
        document.List(model.UnlinkedOffers.Select(statement => Statement(statement)).ToList());
    }

    /// <summary>Each labelled offer and proposal with its reply state and the replies, when the records have one.</summary>
    private static void Proposals(ReportModel model, ReportDocument document)
    {
        if (model.Proposals.IsEmpty) return;
        document.Heading(3, "replies", new RunList().Plain("Replies to offers and proposals"));
        document.Paragraph(new RunList().Plain("Each labelled offer and proposal with its reply on ").Strong(AsOfDay(model))
            .Plain(": accepted or rejected (the latest decision by then), answered without a decision, no answer yet, or not made yet."));
        document.List(model.Proposals.Select(proposal =>
        {
            var replies = proposal.Replies.Select(reply => Statement(reply)).ToList();
            if (replies.Count == 0) replies.Add(new ListEntry(new RunList().Plain("No statement in the records replies to it."), null, ImmutableArray<TextRun>.Empty, ImmutableArray<ListEntry>.Empty));
            return Statement(proposal.Statement, new RunList().State(proposal.StateText).Plain(" — ")) with { Children = replies.ToImmutableArray() };
        }).ToList());
    }

    private static ListEntry Demand(ReportDemand demand)
    {
        var children = demand.Answers.Select(answer =>
        {
            var lead = new RunList().Strong(ReportText.Answer(answer.Kind)).Plain(" — ");
            var entry = Statement(answer.Statement, lead);
            var when = answer.MadeByAsOf switch
            {
                Dates.Truth.False => " · after the “as of” day",
                Dates.Truth.Unknown => " · perhaps after the “as of” day",
                _ => "",
            };
            return entry with { Note = new RunList().AddRange(entry.Note).Plain(when) };
        }).ToList();
        if (children.Count == 0) children.Add(new ListEntry(new RunList().Plain("No statement in the records names this demand."), null, ImmutableArray<TextRun>.Empty, ImmutableArray<ListEntry>.Empty));
        return Statement(demand.Statement, new RunList().State(demand.Status).Plain(" — ")) with { Children = children.ToImmutableArray() };
    }

    /// <summary>"2022-01-21, Geneva: Antony Blinken commits “…” by 2022-01-28", the verbatim quote, and where it stands in the records.</summary>
    private static ListEntry Statement(ReportStatement statement, RunList? lead = null)
    {
        var note = new RunList();
        if (statement.Label is { } label) note.Label(label).Plain(" · ");
        note.Plain($"{statement.FileName} line {Number(statement.Line)}");
        if (statement.Source is { } source) note.Plain(" · source: ").Plain(source);
        return new ListEntry(StatementText(statement, lead ?? new RunList()), statement.Quote, note, ImmutableArray<ListEntry>.Empty);
    }

    /// <summary>"2022-01-21, Geneva: Antony Blinken commits “…” by 2022-01-28, about “…” if “…”", after <paramref name="lead"/>.</summary>
    internal static RunList StatementText(ReportStatement statement, RunList lead)
    {
        var text = lead;
        if (statement.Date is { } date) text.Date(ReportText.Date(date));
        else text.Plain("undated");
        if (ReportText.Times(null, statement.StartTime, statement.EndTime) is { } times) text.Plain(" " + times);
        if (statement.Place is { } place) text.Plain(", ").Plain(place);
        text.Plain(": ").AddRange(statement.Sentence);
        if (statement.Topic is { } topic) text.Plain(", about ").Quoted(topic);
        if (statement.Condition is { } condition) text.Plain(" if ").Quoted(condition);
        return text;
    }

    private static void Track(ReportTrack track, ReportDocument document)
    {
        document.Heading(3, track.Id, new RunList().Plain(TrackHeading(track)));
        var meta = new RunList().Plain(track.Kind == TrackKind.Talks ? "Round of talks " : "Record ");
        if (track.Label is { } label) meta.Label(label).Plain(" ");
        meta.Plain("in " + track.FileName + " · ");
        if (track.Date is { } date) meta.Date(ReportText.Date(date));
        else meta.Plain("undated");
        if (track.Times is { } times) meta.Plain(" at " + times);
        if (track.Format is { } format) meta.Plain(" · format: ").Plain(format);
        if (!track.Participants.IsEmpty) meta.Plain(" · with ").Actors(track.Participants);
        RolesAndDelegations(meta, track.Roles, track.Delegations);
        if (track.Source is { } source) meta.Plain(" · source: ").Plain(source);
        document.Paragraph(meta);

        if (!track.Meetings.IsEmpty)
        {
            document.Heading(4, track.Id + "-meetings", new RunList().Plain("Meetings"));
            document.Table(MeetingHeaders, track.Meetings.Select(Meeting).ToList());
        }

        foreach (var group in track.StatementGroups)
        {
            var id = track.Id + "-" + group.Title.ToLowerInvariant().Replace(' ', '-');
            document.Heading(4, id, new RunList().Plain($"{group.Title} ({Number(group.Statements.Length)})"));
            document.List(group.Statements.Select(statement => Statement(statement)).ToList());
        }
    }

    private static IReadOnlyList<ImmutableArray<TextRun>> Meeting(ReportMeeting meeting)
    {
        var place = new RunList().Plain(meeting.Place);
        if (meeting.Label is { } label) place.Plain(" (").Label(label).Plain(")");
        if (meeting.Source is { } source) place.Plain(" · source: ").Plain(source);
        return new ImmutableArray<TextRun>[]
        {
            DateCell(meeting.Date),
            place,
            new RunList().Plain(ReportText.Times(meeting.LocalTime, meeting.StartTime, meeting.EndTime) ?? None),
            new RunList().Plain(meeting.Duration is { } duration ? ReportText.Duration(duration, meeting.DurationApproximation) : None),
            new RunList().Plain(meeting.Format ?? None),
            ParticipantsAndRoles(meeting),
            new RunList().Plain(Number(meeting.StatementCount)),
        };
    }

    /// <summary>
    /// <c>Putin, Poroshenko · mediator: Merkel · delegation of USA led by Sherman: Sherman, Karpovich</c>: the
    /// participants, then each role and its holders, then each delegation and its members.
    /// </summary>
    private static RunList ParticipantsAndRoles(ReportMeeting meeting) =>
        RolesAndDelegations(new RunList().Actors(meeting.Participants), meeting.Roles, meeting.Delegations);

    private static RunList RolesAndDelegations(RunList text, ImmutableArray<(string Role, ImmutableArray<string> Actors)> roles, ImmutableArray<ReportDelegation> delegations)
    {
        foreach (var (role, actors) in roles) text.Plain(" · " + role + ": ").Actors(actors);
        foreach (var delegation in delegations)
        {
            text.Plain(" · delegation of ").Actor(delegation.Party);
            if (delegation.Lead is { } lead) text.Plain(" led by ").Actor(lead);
            text.Plain(": ").Actors(delegation.Members);
        }

        return text;
    }

    private static void Actors(ReportModel model, ReportDocument document)
    {
        if (model.Actors.IsEmpty)
        {
            document.Paragraph(new RunList().Plain("The records declare no party or person."));
            return;
        }

        document.Table(ActorHeaders, model.Actors.Select(actor => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            new RunList().Label(actor.Name),
            new RunList().Actor(actor.DisplayName),
            new RunList().Plain(What(actor)),
            new RunList().Plain(actor.Code ?? None),
            new RunList().Plain(actor.Aliases.IsEmpty ? None : string.Join(", ", actor.Aliases)),
        }).ToList());
    }

    /// <summary>What an actor is: a person's offices, a party's kind and members; at least "person" or "party".</summary>
    internal static string What(ReportActor actor) => actor.Description.Length == 0 ? (actor.IsPerson ? "person" : "party") : actor.Description;

    private static void Sources(ReportModel model, ReportDocument document)
    {
        document.Heading(3, "records", new RunList().Plain("Records"));
        document.Table(RecordHeaders, model.Records.Select(record => (IReadOnlyList<ImmutableArray<TextRun>>)new ImmutableArray<TextRun>[]
        {
            new RunList().Plain(record.FileName),
            record.Title is { } title ? new RunList().Quoted(title) : new RunList().Plain(None),
            new RunList().Plain(record.Source ?? None),
            DateCell(record.Published),
            new RunList().Plain(record.Language ?? None),
            record.Url is { } url ? new RunList().Link(url) : new RunList().Plain(None),
        }).ToList());

        if (model.HasGrades) Grades(document);
        if (model.Citations.IsEmpty) return;
        document.Heading(3, "also-cited", new RunList().Plain("Also cited"));
        document.Paragraph(new RunList().Plain("Sources that meetings and statements name for themselves."));
        document.List(model.Citations.Select(citation => new ListEntry(new RunList().Plain(citation.Source), null,
            new RunList().Plain(string.Join("; ", citation.CitedAt)), ImmutableArray<ListEntry>.Empty)).ToList());
    }

    private static readonly string[] ReliabilityHeaders = { "Reliability of the source", "Meaning" };
    private static readonly string[] CredibilityHeaders = { "Credibility of the information", "Meaning" };

    /// <summary>The legend of the grades (<c>B2</c>) shown beside sources: the NATO (Admiralty) scheme's two scales.</summary>
    private static void Grades(ReportDocument document)
    {
        document.Heading(3, "grades", new RunList().Plain("Grades"));
        document.Paragraph(new RunList().Plain("A grade such as B2, given by the analyst on the NATO (Admiralty) scheme, rates the source’s reliability with a letter and the information’s credibility with a digit."));
        document.Table(ReliabilityHeaders, Model.SourceGrade.ReliabilityScale.Select(Level).ToList());
        document.Table(CredibilityHeaders, Model.SourceGrade.CredibilityScale.Select(Level).ToList());
    }

    private static IReadOnlyList<ImmutableArray<TextRun>> Level(Model.GradeLevel level) =>
        new ImmutableArray<TextRun>[] { new RunList().Strong(level.Symbol), new RunList().Plain(level.Meaning) };

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
