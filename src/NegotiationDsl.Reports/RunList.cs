using System.Collections.Generic;
using System.Collections.Immutable;

namespace NegotiationDsl.Reports;

/// <summary>Builds a sentence of <see cref="TextRun"/>s: <c>new RunList().Actor("Blinken").Plain(" commits ").Quoted("…")</c>.</summary>
internal sealed class RunList
{
    private readonly List<TextRun> _runs = new();

    public int Count => _runs.Count;

    public RunList Add(TextRunKind kind, string text)
    {
        _runs.Add(new TextRun(kind, text));
        return this;
    }

    public RunList AddRange(IEnumerable<TextRun> runs)
    {
        _runs.AddRange(runs);
        return this;
    }

    public RunList Plain(string text) => Add(TextRunKind.Plain, text);
    public RunList Strong(string text) => Add(TextRunKind.Strong, text);
    public RunList Date(string text) => Add(TextRunKind.Date, text);
    public RunList Actor(string text) => Add(TextRunKind.Actor, text);
    public RunList Quoted(string text) => Add(TextRunKind.Quoted, text);
    public RunList Label(string text) => Add(TextRunKind.Label, text);
    public RunList State(string text) => Add(TextRunKind.State, text);
    public RunList Link(string text) => Add(TextRunKind.Link, text);

    /// <summary>A link to another report of the run, showing <paramref name="text"/>.</summary>
    public RunList Page(string text, PageLink page)
    {
        _runs.Add(new TextRun(TextRunKind.Page, text, page));
        return this;
    }

    /// <summary>Actors joined as "A, B and C"; <paramref name="none"/> when there are none.</summary>
    public RunList Actors(IReadOnlyList<string> names, string none = "—")
    {
        if (names.Count == 0) return Plain(none);
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) Plain(i == names.Count - 1 ? " and " : ", ");
            Actor(names[i]);
        }

        return this;
    }

    public ImmutableArray<TextRun> ToImmutable() => _runs.ToImmutableArray();

    public static implicit operator ImmutableArray<TextRun>(RunList list) => list.ToImmutable();
}
