namespace NegotiationDsl.Symbols;

/// <summary>What a statement does; the verb decides it. Mapped to CAMEO and PLOVER in the emitters.</summary>
public enum StatementKind
{
    Commitment,
    Statement,
    ReportedSpeech,
    Assessment,
    Demand,
    Proposal,
    Offer,
    Rejection,
    Agreement,
    Question,
    Expectation,
    Hope,
    Denial,
    Confirmation,
    Fulfilment,
    Breach,
    Withdrawal,
    Outcome,
}
