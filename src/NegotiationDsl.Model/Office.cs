namespace NegotiationDsl.Model;

/// <summary>An office a person holds, for which party, and when.</summary>
public sealed class Office
{
    public Office(string title, Party? party, DateInterval? from, DateInterval? until)
    {
        Title = title;
        Party = party;
        From = from;
        Until = until;
    }

    public string Title { get; }
    public Party? Party { get; }
    public DateInterval? From { get; }
    public DateInterval? Until { get; }

    public override string ToString() => Party is null ? Title : $"{Title} ({Party.Name})";
}
