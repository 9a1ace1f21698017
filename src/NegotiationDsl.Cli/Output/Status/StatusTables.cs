using System.Collections.Generic;
using NodaTime;

namespace NegotiationDsl.Cli.Output.Status;

/// <summary>Everything <c>negc status</c> shows: one list of rows per table, in the order the text prints them.</summary>
internal sealed record StatusTables(
    IReadOnlyList<CommitmentRow> Commitments,
    IReadOnlyList<AgreementRow> Agreements,
    IReadOnlyList<ReplyRow> Replies,
    IReadOnlyList<MilestoneRow> Milestones)
{
    /// <summary>Every table on <paramref name="requested"/>, or else on each compilation's default day.</summary>
    public static StatusTables Of(IReadOnlyList<Compilation> compilations, LocalDate? requested) => new(
        CommitmentReport.Rows(compilations, requested),
        AgreementReport.Rows(compilations, requested),
        ReplyReport.Rows(compilations, requested),
        MilestoneReport.Rows(compilations, requested));
}
