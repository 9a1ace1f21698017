using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>
/// A labelled offer or proposal with its reply state on the report's "as of" day (accepted, rejected, answered
/// without a decision, no answer yet: <see cref="NegotiationDsl.Symbols.StatementSymbol.GetReplyState"/>) and the
/// statements that replied, from whichever folder.
/// </summary>
public sealed record ReportProposal(ReportStatement Statement, ReplyState State, ImmutableArray<ReportStatement> Replies)
{
    public string StateText => ReportText.Reply(State);

    /// <summary>Who offered or proposed it, and to whom.</summary>
    public ImmutableArray<string> By { get; init; } = ImmutableArray<string>.Empty;
    public ImmutableArray<string> To { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>What was offered or proposed, as written.</summary>
    public string? Text { get; init; }

    /// <summary>The amounts it states, in the order written.</summary>
    public ImmutableArray<NegotiationDsl.Model.Quantity> Quantities { get; init; } = ImmutableArray<NegotiationDsl.Model.Quantity>.Empty;

    /// <summary>Each reply as an event (acceptance, rejection or answer, when, by whom), in the order of <see cref="Replies"/>.</summary>
    public ImmutableArray<ReportEvent> Events { get; init; } = ImmutableArray<ReportEvent>.Empty;

    /// <summary>The title of the track it is under in its folder's report.</summary>
    public string? Track { get; init; }
}
