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
}
