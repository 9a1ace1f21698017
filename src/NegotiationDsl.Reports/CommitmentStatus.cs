using NegotiationDsl.Symbols;
using NodaTime;

namespace NegotiationDsl.Reports;

/// <summary>
/// How <c>negc status</c> words a commitment's deadline and picks its day, in one place: the CLI's table and the
/// language server's commitments view both read them here, so an editor never says something status does not.
/// The state's wording is <see cref="ReportText.StateOf"/>.
/// </summary>
public static class CommitmentStatus
{
    /// <summary>The day to evaluate on: the one asked for, else the compilation's latest date (<see cref="Compilation.GetLatestDate"/>, as in its report).</summary>
    public static LocalDate? AsOf(Compilation compilation, LocalDate? requested) => requested ?? compilation.GetLatestDate();

    /// <summary>
    /// <c>2022-01-28</c>, <c>2022-01-24..2022-01-30 (week)</c>, a lasting obligation's period, <c>soon (unresolved)</c>,
    /// <c>unresolved</c> or <c>none</c>.
    /// </summary>
    public static string Deadline(CommitmentSymbol commitment)
    {
        if (commitment.Lasts) return commitment.PeriodText;
        if (commitment.Deadline is { } deadline) return deadline.Precision == DatePrecision.Day ? deadline.ToString() : $"{deadline} ({deadline.Precision.ToString().ToLowerInvariant()})";
        if (commitment.DeadlineAsWritten is { } written) return written + " (unresolved)";
        return commitment.HasUnresolvedDeadline ? "unresolved" : "none";
    }
}
