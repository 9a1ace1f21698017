using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Reports;

/// <summary>What the pages of an archive take from one of its folders, built the way the folder's own report is.</summary>
internal sealed partial class ReportModelBuilder
{
    /// <summary>The statements a report lists, in record order: the act inside reported speech belongs to its report.</summary>
    internal IReadOnlyList<StatementSymbol> ListedStatements => _statements;

    internal FolderPart BuildFolderPart()
    {
        Tracks(out var tracks);
        return new FolderPart(CommitmentRows(tracks).ToList(), AgreementRows().ToList(), MilestoneRows(tracks).ToList(), ProposalRows(tracks).ToList(), symbol =>
        {
            var key = symbol switch
            {
                TalksSymbol talks => talks,
                MeetingSymbol meeting => TrackKey(meeting.Talks, meeting),
                StatementSymbol statement => TrackKey(statement.Talks, statement),
                _ => null,
            };
            return key is not null && tracks.TryGetValue(key, out var track) ? track : null;
        });
    }
}

/// <summary>
/// A folder's commitments in its tracker's order, its agreements, milestones and labelled offers and proposals in declaration order, and the
/// track of its report each meeting, round and listed statement is under.
/// </summary>
internal sealed record FolderPart(
    IReadOnlyList<(CommitmentSymbol Symbol, ReportCommitment Row)> Commitments,
    IReadOnlyList<(AgreementSymbol Symbol, ReportAgreement Row)> Agreements,
    IReadOnlyList<(MilestoneSymbol Symbol, ReportMilestone Row)> Milestones,
    IReadOnlyList<(StatementSymbol Symbol, ReportProposal Row)> Proposals,
    System.Func<Symbol, ReportTrack?> TrackOf);
