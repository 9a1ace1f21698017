namespace NegotiationDsl.Model;

/// <summary>When a commitment was fulfilled, broken, withdrawn or violated (<see cref="StatementKind.Fulfilment"/>, ...).</summary>
public sealed class CommitmentEvent
{
    public CommitmentEvent(StatementKind kind, DateInterval? date)
    {
        Kind = kind;
        Date = date;
    }

    public StatementKind Kind { get; }
    public DateInterval? Date { get; }
}
