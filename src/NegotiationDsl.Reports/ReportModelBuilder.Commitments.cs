using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Reports;

/// <summary>The commitment tracker, and each demand with the answers that name it.</summary>
internal sealed partial class ReportModelBuilder
{
    private ImmutableArray<ReportCommitment> Commitments(Dictionary<object, ReportTrack> tracks) =>
        CommitmentRows(tracks).Select(row => row.Row).ToImmutableArray();

    /// <summary>Every commitment with its row of the tracker: by the last day of its deadline (none last), then in record order.</summary>
    private IEnumerable<(CommitmentSymbol Symbol, ReportCommitment Row)> CommitmentRows(Dictionary<object, ReportTrack> tracks) =>
        _compilation.Commitments
            .OrderBy(commitment => commitment.Deadline is null ? 1 : 0)
            .ThenBy(commitment => commitment.Deadline?.End)
            .ThenBy(commitment => _order[commitment])
            .Select(commitment => (commitment, new ReportCommitment(
                commitment.HasLabel ? commitment.Name : null,
                commitment.Debtors.Select(actor => actor.DisplayName).ToImmutableArray(),
                commitment.Creditors.Select(actor => actor.DisplayName).ToImmutableArray(),
                commitment.Deliverable,
                commitment.Condition,
                commitment.Date,
                commitment.Deadline,
                commitment.HasUnresolvedDeadline,
                commitment.GetState(_asOf),
                commitment.Events.Select(Event).ToImmutableArray(),
                commitment.Quote,
                SourceOf(commitment),
                tracks[TrackKey(commitment.Talks, commitment)].Title,
                commitment.Meeting?.Place,
                FileName(commitment),
                Line(commitment))
            {
                Id = _compilation.GetStableName(commitment),
                Obligation = commitment.Obligation,
                DeadlineAsWritten = commitment.DeadlineAsWritten,
                Quantities = commitment.Quantities,
                Under = commitment.Under?.Name,
                PeriodStart = commitment.Lasts ? commitment.PeriodStart : null,
                PeriodEnd = commitment.Lasts ? commitment.Until : null,
                PeriodStartTime = commitment.Lasts ? commitment.PeriodStartTime : null,
                PeriodEndTime = commitment.Lasts ? commitment.UntilTime : null,
                Violations = ReportText.Violations(commitment.ViolationsInPeriod.Select(violation => violation.Date), _asOf),
            }));

    /// <summary>A fulfilment, violation or reply as a tracker shows it: when, by whom, who reported it, and where it stands.</summary>
    private static ReportEvent Event(CommitmentEvent e) =>
        new(e.Kind, e.Date, e.Statement.Actors.Select(actor => actor.DisplayName).ToImmutableArray(), FileName(e.Record), Line(e.Record))
        {
            ReportedBy = e.ReportedBy.Select(actor => actor.DisplayName).ToImmutableArray(),
        };

    /// <summary>Every labelled offer and proposal with its reply state on the "as of" day and the statements that replied, in declaration order.</summary>
    private IEnumerable<(StatementSymbol Symbol, ReportProposal Row)> ProposalRows(Dictionary<object, ReportTrack> tracks) =>
        _compilation.ReplyTargets.Select(target => (target, new ReportProposal(
            Statement(target), target.GetReplyState(_asOf), target.Replies.Select(reply => Statement(reply.Record)).ToImmutableArray())
        {
            By = target.Actors.Select(actor => actor.DisplayName).ToImmutableArray(),
            To = target.Recipients.Select(actor => actor.DisplayName).ToImmutableArray(),
            Text = target.Text,
            Quantities = target.Quantities,
            Events = target.Replies.Select(Event).ToImmutableArray(),
            Track = tracks.TryGetValue(TrackKey(target.Talks, target), out var track) ? track.Title : null,
        }));

    private ImmutableArray<ReportDemand> Demands(out ImmutableArray<ReportStatement> unlinkedOffers)
    {
        var demands = InDateOrder(_statements.Where(statement => Act(statement).StatementKind == StatementKind.Demand), statement => statement.Date).ToList();
        var answers = demands.ToDictionary(demand => demand, _ => new List<ReportAnswer>());
        var offers = new List<StatementSymbol>();
        foreach (var statement in InDateOrder(_statements, statement => statement.Date))
        {
            var act = Act(statement);
            var named = act.References.Cast<Symbol?>().Append(act.TargetSymbol).Append(statement.AfterSymbol)
                .OfType<StatementSymbol>().Where(answers.ContainsKey).Where(demand => demand != statement).Distinct().ToList();
            foreach (var demand in named)
                answers[demand].Add(new ReportAnswer(AnswerKindOf(act.StatementKind), Answer(statement), HappenedByAsOf(statement.Date)));
            if (named.Count == 0 && act.StatementKind is StatementKind.Offer or StatementKind.Proposal) offers.Add(statement);
        }

        unlinkedOffers = offers.Select(Statement).ToImmutableArray();
        return demands.Select(demand => new ReportDemand(Statement(demand), demand.Date, answers[demand].ToImmutableArray(), DemandStatus(demand, answers[demand])))
            .ToImmutableArray();
    }

    private static AnswerKind AnswerKindOf(StatementKind kind) => kind switch
    {
        StatementKind.Rejection => AnswerKind.Rejected,
        StatementKind.Acceptance => AnswerKind.Agreed,
        StatementKind.Offer or StatementKind.Proposal => AnswerKind.OfferedForDiscussion,
        StatementKind.Agreement => AnswerKind.Agreed,
        StatementKind.Assessment => AnswerKind.Assessed,
        _ => AnswerKind.ReferredTo,
    };

    /// <summary>
    /// On the "as of" day: every decisive answer made by then ("rejected, offered for discussion"); else
    /// "unknown" when one may have been made by then; else "open" (or "not made yet" for a later demand).
    /// </summary>
    private string DemandStatus(StatementSymbol demand, List<ReportAnswer> answers)
    {
        if (HappenedByAsOf(demand.Date) == Truth.False) return "not made yet";
        var decisive = answers.Where(answer => answer.Kind is AnswerKind.Rejected or AnswerKind.OfferedForDiscussion or AnswerKind.Agreed).ToList();
        var made = decisive.Where(answer => answer.MadeByAsOf == Truth.True).Select(answer => answer.Kind).Distinct().OrderBy(kind => kind).ToList();
        if (made.Count > 0) return string.Join(", ", made.Select(ReportText.Answer));
        return decisive.Any(answer => answer.MadeByAsOf == Truth.Unknown) ? "unknown" : "open";
    }

    /// <summary>The milestones in declaration order, with their state on the "as of" day and the records that it happened or not.</summary>
    private IEnumerable<(MilestoneSymbol Symbol, ReportMilestone Row)> MilestoneRows(Dictionary<object, ReportTrack> tracks) =>
        _compilation.Milestones.Select(milestone => (milestone, new ReportMilestone(
            _compilation.GetStableName(milestone),
            milestone.Title,
            milestone.Day,
            milestone.AfterSymbol?.Name,
            MilestoneStates.Text(milestone.GetState(_asOf)),
            milestone.Occurrence?.Date,
            FileName(milestone),
            Line(milestone))
        {
            Events = milestone.Records.Select(Event).ToImmutableArray(),
            Track = tracks.TryGetValue(TrackKey(milestone.Talks, milestone), out var track) ? track.Title : null,
            Source = SourceOf(milestone),
        }));

    /// <summary>A statement's own sources, else its record's, as the reports write them.</summary>
    private string? SourceOf(StatementSymbol statement) =>
        ReportText.Sources(statement.Sources) ?? ReportText.Sources(_compilation.GetRecord(statement).Sources);

    /// <summary>The agreements, with their dates as the events up to the "as of" day give them.</summary>
    private IEnumerable<(AgreementSymbol Symbol, ReportAgreement Row)> AgreementRows() =>
        _compilation.Agreements.Select(agreement => (agreement, Agreement(agreement)));

    private ReportAgreement Agreement(AgreementSymbol agreement)
    {
        var dates = agreement.GetDates(_asOf);
        var signatories = agreement.Events
            .Where(item => item.Kind is StatementKind.Signing or StatementKind.Adoption or StatementKind.Witnessing or StatementKind.Guarantee)
            .SelectMany(item => item.Actors.Select(actor => new ReportSignatory(ReportText.EventVerb(item.Kind), actor.DisplayName,
                item.For.Select(party => party.DisplayName).ToImmutableArray(), item.Date)))
            .ToImmutableArray();
        return new ReportAgreement(
            _compilation.GetStableName(agreement),
            agreement.Title,
            agreement.DocumentKind?.Title,
            agreement.Stage?.Title,
            agreement.Term?.ToString(),
            AgreementStates.Text(_asOf is null ? AgreementState.Unknown : dates.State),
            dates.Signed,
            dates.InForce,
            dates.TermStart,
            dates.TermEnd,
            signatories,
            agreement.Provisions.Select(provision => provision.Name).ToImmutableArray(),
            System.IO.Path.GetFileName(agreement.Location.FilePath),
            agreement.Location.LineSpan.Start.Line + 1)
        {
            Source = agreement.Source,
        };
    }
}
