namespace NegotiationDsl.Reports;

/// <summary>What a piece of a report sentence is, so each format can set it apart and escape it.</summary>
public enum TextRunKind
{
    /// <summary>The report's own words (verbs, connectives, dates).</summary>
    Plain,

    /// <summary>The name of a party or person.</summary>
    Actor,

    /// <summary>Text from the records, shown in quotation marks.</summary>
    Quoted,

    /// <summary>A label from the records (<c>written_response</c>).</summary>
    Label,

    /// <summary>A date or period (<c>2022-01-24..2022-01-30</c>); formats keep it on one line.</summary>
    Date,

    /// <summary>Words to stand out: the "as of" day, an answer's kind.</summary>
    Strong,

    /// <summary>A commitment's or demand's state (<c>fulfilled late</c>); formats may colour it.</summary>
    State,

    /// <summary>A URL from the records: a link only when it is http or https.</summary>
    Link,

    /// <summary>A link to another report of the same run (<see cref="TextRun.Page"/>), in the format of the report it is in.</summary>
    Page,
}

/// <summary>
/// One piece of a report sentence: "<b>Antony Blinken</b> commits “talks with partners and allies”"; a
/// <see cref="TextRunKind.Page"/> run also has the <see cref="Page"/> it leads to.
/// </summary>
public sealed record TextRun(TextRunKind Kind, string Text, PageLink? Page = null);
