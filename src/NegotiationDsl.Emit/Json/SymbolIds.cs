using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// The ids of a document, unique within their namespace: actors are one namespace; statements, meetings
/// and rounds of talks (which share labels) are the other. A symbol's id is its name or label, else
/// (unlabelled, or a label already taken by an earlier duplicate) the file name and one-based line,
/// <c>geneva-2022.neg:102</c>, with the column added when several unlabelled symbols start on that line.
/// The rare clash left over (two files of the same name in different folders) takes the full path, then
/// a counter. The same compilation always gets the same ids.
/// </summary>
internal sealed class SymbolIds
{
    private readonly Dictionary<Symbol, string> _ids = new();
    private readonly Func<Symbol, string?>? _foreignId;

    /// <summary>Ids for the document's <paramref name="actors"/> and <paramref name="labelled"/> symbols; inside an archive <paramref name="foreignId"/> gives the id of a symbol another folder declares.</summary>
    public SymbolIds(IEnumerable<Symbol> actors, IEnumerable<Symbol> labelled, Func<Symbol, string?>? foreignId = null)
    {
        _foreignId = foreignId;
        Assign(actors);
        Assign(labelled);
    }

    /// <summary>
    /// The symbol's id; a symbol of another folder of the archive is <c>folder/id</c>: its folder relative to the archive
    /// root and its id in that folder's document, the same in every document that refers to it.
    /// </summary>
    public string this[Symbol symbol] =>
        _ids.TryGetValue(symbol, out var id) ? id
        : _foreignId?.Invoke(symbol) is { } foreign ? foreign
        : throw new KeyNotFoundException($"'{symbol.Name}' is not a symbol of this document.");

    private void Assign(IEnumerable<Symbol> symbols)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<Symbol>();
        foreach (var symbol in symbols)
        {
            if (symbol.HasIdentifier && taken.Add(symbol.Name)) _ids[symbol] = symbol.Name;
            else positional.Add(symbol);
        }

        var symbolsPerLine = positional.GroupBy(LineKey, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        foreach (var symbol in positional)
        {
            var line = LineKey(symbol);
            var id = symbolsPerLine[line] == 1 ? line : line + ":" + Column(symbol);
            if (!taken.Add(id))
            {
                var withPath = JsonText.Sanitize(symbol.Location.FilePath) + ":" + Line(symbol) + ":" + Column(symbol);
                id = withPath;
                for (var counter = 2; !taken.Add(id); counter++) id = withPath + "#" + counter.ToString(CultureInfo.InvariantCulture);
            }

            _ids[symbol] = id;
        }
    }

    /// <summary>Sanitized before uniqueness is checked, so two paths that differ only in lone surrogates still get two ids.</summary>
    private static string LineKey(Symbol symbol) => FileName(JsonText.Sanitize(symbol.Location.FilePath)) + ":" + Line(symbol);

    private static string Line(Symbol symbol) => (symbol.Location.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);

    private static string Column(Symbol symbol) => (symbol.Location.LineSpan.Start.Character + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The last part of the path, split at both separators so ids do not depend on the operating system.</summary>
    private static string FileName(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
}
