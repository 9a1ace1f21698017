using System.Collections.Immutable;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// Everything a report says about one compilation, on one "as of" day, already ordered: the writers only
/// format it. Built from the semantic model; the same compilation and day always give the same model.
/// </summary>
public sealed class ReportModel
{
    internal ReportModel(
        string name,
        LocalDate? asOf,
        AsOfRule asOfRule,
        ImmutableArray<ReportRecord> records,
        ImmutableArray<ReportActor> actors,
        ImmutableArray<ReportTrack> tracks,
        ImmutableArray<ReportCommitment> commitments,
        ImmutableArray<ReportDemand> demands,
        ImmutableArray<ReportStatement> unlinkedOffers,
        ImmutableArray<ReportCitation> citations,
        bool hasGrades,
        ReportTimeline timeline,
        ImmutableArray<ReportAgreement> agreements)
    {
        Agreements = agreements;
        Name = name;
        AsOf = asOf;
        AsOfRule = asOfRule;
        Records = records;
        Actors = actors;
        Tracks = tracks;
        Commitments = commitments;
        Demands = demands;
        UnlinkedOffers = unlinkedOffers;
        Citations = citations;
        HasGrades = hasGrades;
        Timeline = timeline;
    }

    /// <summary>The compilation's name: its folder's, or its one file's (<c>examples</c>, <c>geneva-2022</c>).</summary>
    public string Name { get; }

    /// <summary>The day states are evaluated on; null only when it was not given and nothing in the records is dated.</summary>
    public LocalDate? AsOf { get; }
    public AsOfRule AsOfRule { get; }
    public ImmutableArray<ReportRecord> Records { get; }
    public ImmutableArray<ReportActor> Actors { get; }

    /// <summary>Rounds of talks and the rest of each record, ordered by their first date (undated last).</summary>
    public ImmutableArray<ReportTrack> Tracks { get; }

    /// <summary>Every commitment, by the last day of its deadline (none last), then in record order.</summary>
    public ImmutableArray<ReportCommitment> Commitments { get; }
    public ImmutableArray<ReportDemand> Demands { get; }

    /// <summary>Every agreement (a document), in declaration order, with its state and dates on <see cref="AsOf"/>.</summary>
    public ImmutableArray<ReportAgreement> Agreements { get; }

    /// <summary>Every milestone, in declaration order, with its state on <see cref="AsOf"/>.</summary>
    public ImmutableArray<ReportMilestone> Milestones { get; init; } = ImmutableArray<ReportMilestone>.Empty;

    /// <summary>Offers and proposals that name no particular demand.</summary>
    public ImmutableArray<ReportStatement> UnlinkedOffers { get; }

    /// <summary>Every labelled offer and proposal with its reply state, in declaration order.</summary>
    public ImmutableArray<ReportProposal> Proposals { get; init; } = ImmutableArray<ReportProposal>.Empty;
    public ImmutableArray<ReportCitation> Citations { get; }

    /// <summary>Whether a source is graded anywhere in the records: the report then gives the grading scheme.</summary>
    public bool HasGrades { get; }
    public ReportTimeline Timeline { get; }

    /// <param name="compilation">The records.</param>
    /// <param name="name">The compilation's name, used in titles.</param>
    /// <param name="asOf">The day to evaluate states on; null for the latest date in the records.</param>
    public static ReportModel Build(Compilation compilation, string name, LocalDate? asOf = null) =>
        new ReportModelBuilder(compilation, name, asOf).Build();
}
