namespace NegotiationDsl.Model;

/// <summary>Where a labelled offer or proposal stands on a day (see <see cref="ReplyStateRules"/>).</summary>
public enum ReplyState
{
    /// <summary>Made, and no reply recorded on or before the day.</summary>
    NoAnswerYet,

    Accepted,
    Rejected,

    /// <summary>Answered (<c>answers</c>) without accepting or rejecting it.</summary>
    AnsweredWithoutDecision,

    /// <summary>Made after the day asked about.</summary>
    NotMadeYet,

    /// <summary>No day to evaluate on, or a date too coarse to tell.</summary>
    Unknown,
}
