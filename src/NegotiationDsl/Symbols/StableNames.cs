using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Language;

namespace NegotiationDsl.Symbols;

/// <summary>
/// The name every output gives a meeting, round of talks, agreement or statement of one compilation: its label, else a
/// name made from where it stands, never from its line, so blank lines and comments never rename anything:
/// <list type="bullet">
/// <item>an unlabelled meeting: its place and first day (<c>Geneva-2022-01-21</c>); a round of talks: its title (or
/// <c>talks</c>) and first day;</item>
/// <item>an unlabelled statement: the name of the meeting (else round of talks, else file) it is in, its kind, and its
/// ordinal among the statements of that kind there, labelled ones included (<c>minsk-commitment-3</c>,
/// <c>geneva-2022-assessment-1</c> for a statement outside any meeting of <c>geneva-2022.neg</c>);</item>
/// <item>an unlabelled agreement: its file's name and its ordinal among the file's agreements (<c>minsk-2015-agreement-1</c>).</item>
/// </list>
/// Labels never hold <c>-</c>, so a made name never takes a label; two made names that meet (two meetings at one place
/// on one day) are told apart by <c>-2</c>, <c>-3</c>, in declaration order. Actors and the act inside reported speech
/// have no stable name here: actors are always named, and a reported act is part of its report.
/// </summary>
internal sealed class StableNames
{
    private readonly Dictionary<Symbol, string> _names = new();
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNumber = new(System.StringComparer.Ordinal);

    private StableNames()
    {
    }

    public static StableNames Of(IEnumerable<Symbol> symbols)
    {
        var names = new StableNames();
        var named = new List<Symbol>();
        foreach (var symbol in symbols)
        {
            if (symbol is ActorSymbol || symbol is StatementSymbol { IsReportedAct: true }) continue;
            named.Add(symbol);
            // Labels first, so that a label keeps its name whatever the unlabelled symbols before it are called.
            if (symbol.HasIdentifier && names._taken.Add(symbol.Name)) names._names[symbol] = symbol.Name;
        }

        var ordinals = new Dictionary<(object Scope, string Kind), int>();
        foreach (var symbol in named)
        {
            var made = symbol switch
            {
                MeetingSymbol meeting => WithDay(meeting.Place, meeting),
                TalksSymbol talks => WithDay(talks.Title ?? "talks", talks),
                AgreementSymbol agreement => Ordinal(FileStem(agreement), agreement.SyntaxTree, "agreement", ordinals),
                StatementSymbol statement => names.StatementName(statement, ordinals),
                _ => symbol.Name,
            };
            if (!names._names.ContainsKey(symbol)) names._names[symbol] = names.Unique(made);
        }

        return names;
    }

    /// <summary>The symbol's stable name; an actor's is its name.</summary>
    public string this[Symbol symbol] => _names.TryGetValue(symbol, out var name) ? name : symbol.Name;

    /// <summary>Counted for labelled statements too, so that labelling one renames no other.</summary>
    private string StatementName(StatementSymbol statement, Dictionary<(object, string), int> ordinals)
    {
        var kind = Verbs.Of(statement.StatementKind).Name;
        GatheringSymbol? gathering = statement.Meeting is { } meeting ? meeting : statement.Talks;
        return gathering is null
            ? Ordinal(FileStem(statement), statement.SyntaxTree, kind, ordinals)
            : Ordinal(this[gathering], gathering, kind, ordinals);
    }

    private static string Ordinal(string scopeName, object scope, string kind, Dictionary<(object, string), int> ordinals)
    {
        ordinals.TryGetValue((scope, kind), out var count);
        ordinals[(scope, kind)] = ++count;
        return scopeName + "-" + kind + "-" + count.ToString(CultureInfo.InvariantCulture);
    }

    private static string WithDay(string name, GatheringSymbol gathering) =>
        gathering.Date is { } date ? name + "-" + date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : name;

    /// <summary>The file's name without <c>.neg</c>: what a record is called wherever its folder is.</summary>
    private static string FileStem(Symbol symbol)
    {
        var path = symbol.SyntaxTree.FilePath;
        var name = path.Substring(System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return name.EndsWith(".neg", System.StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
    }

    /// <summary>
    /// Each name remembers the last number it gave, so a thousand meetings at one place on one day cost a thousand
    /// steps, not half a million.
    /// </summary>
    private string Unique(string name)
    {
        if (_taken.Add(name)) return name;
        _lastNumber.TryGetValue(name, out var n);
        for (n = System.Math.Max(n, 1) + 1; ; n++)
        {
            var numbered = name + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!_taken.Add(numbered)) continue;
            _lastNumber[name] = n;
            return numbered;
        }
    }
}
