namespace NegotiationDsl.Symbols;

/// <summary>The parts only some statements have; each is stored only where a statement has it (<see cref="RareParts"/>).</summary>
internal enum RarePart : byte
{
    TargetSymbol,
    TargetText,
    Addressees,
    From,
    Until,
    FromTime,
    UntilTime,
    StartTime,
    EndTime,
    Condition,
    AfterSymbol,
    AfterText,
    AfterDate,
    Topic,
    Quote,
    Source,
    Sources,
    Quantities,
    Obligation,
    Via,
    Capacity,
    Reported,
    ReportedIn,
    Replies,
    References,
    Agreement,
    Under,
    For,
    Length,
    Recipients,
    Deadline,
    Text,
}

/// <summary>
/// A statement's rare parts as a list of the parts it has: most statements have one or two of the thirty-two, and an
/// object with a field for each cost 328 bytes a statement (a finished compilation holds tens of thousands).
/// A part set to nothing (null, an empty list) is stored only if it was there before, so reading it is the same.
/// </summary>
internal struct RareParts
{
    private Entry[]? _entries;

    public readonly object? Get(RarePart part)
    {
        if (_entries is not { } entries) return null;
        foreach (var entry in entries)
        {
            if (entry.Part == part) return entry.Value;
        }

        return null;
    }

    public void Set(RarePart part, object? value)
    {
        var entries = _entries;
        if (entries is not null)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (entries[i].Part != part) continue;
                entries[i] = new Entry(part, value);
                return;
            }
        }

        if (value is null) return;
        // A new array rather than a write into the old one, so a reader never sees a half-added part.
        var grown = new Entry[(entries?.Length ?? 0) + 1];
        entries?.CopyTo(grown, 0);
        grown[^1] = new Entry(part, value);
        _entries = grown;
    }

    /// <summary>The same parts with the values <paramref name="copyOf"/> gives, in an array of their own.</summary>
    public readonly RareParts Select<TState>(System.Func<object?, TState, object?> copyOf, TState state)
    {
        if (_entries is not { } entries) return this;
        var copies = new Entry[entries.Length];
        for (var i = 0; i < copies.Length; i++) copies[i] = new Entry(entries[i].Part, copyOf(entries[i].Value, state));
        return new RareParts { _entries = copies };
    }

    private readonly struct Entry(RarePart part, object? value)
    {
        public RarePart Part { get; } = part;
        public object? Value { get; } = value;
    }
}
