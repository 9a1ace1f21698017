namespace NegotiationDsl.Model;

/// <summary>What a statement does.</summary>
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

    /// <summary>A maintenance obligation or a prohibition was violated on a day (it stays in force).</summary>
    Violation,
    Signing,
    Witnessing,
    Guarantee,
    Adoption,
    Ratification,
    EntryIntoForce,
    Extension,
    Renewal,
    Suspension,
    Resumption,
    Termination,

    /// <summary>An offer, proposal or demand was accepted.</summary>
    Acceptance,

    /// <summary>An offer, proposal or demand was answered without accepting or rejecting it.</summary>
    Answer,

    /// <summary>A milestone: a day that is nobody's obligation (Adoption Day, the end of a term).</summary>
    Milestone,

    /// <summary>A milestone was recorded as having happened.</summary>
    Occurrence,

    /// <summary>A milestone was recorded as not having happened.</summary>
    NonOccurrence,
}
