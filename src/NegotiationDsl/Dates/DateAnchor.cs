using System;

namespace NegotiationDsl.Dates;

/// <summary>What a relative date counts from, and where that came from (for hovers and messages).</summary>
public sealed record DateAnchor
{
    private readonly string _before;
    private readonly string _after;
    private string? _description;

    public DateAnchor(DateInterval interval, string description)
    {
        Interval = interval;
        _before = _after = "";
        _description = description;
    }

    /// <summary>
    /// An anchor described as <paramref name="before"/>, the interval, then <paramref name="after"/>; the text is
    /// made when first asked for. Binding makes an anchor for every meeting and every dated statement, hardly
    /// any is ever described, and formatting each date up front was a sizeable share of what binding allocated.
    /// </summary>
    internal DateAnchor(DateInterval interval, string before, string after)
    {
        Interval = interval;
        _before = before;
        _after = after;
    }

    public DateInterval Interval { get; }

    public string Description => _description ??= _before + Interval.ToString() + _after;

    public bool Equals(DateAnchor? other) =>
        other is not null && Interval.Equals(other.Interval) && string.Equals(Description, other.Description, StringComparison.Ordinal);

    public override int GetHashCode() => (Interval.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Description);

    public void Deconstruct(out DateInterval interval, out string description)
    {
        interval = Interval;
        description = Description;
    }
}
