using System;
using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// The ids of a document, unique within their namespace: actors are one namespace; statements, meetings, rounds of
/// talks and agreements (which share labels) are the other. An actor's id is its name; anything else's is its stable
/// name (<see cref="Compilation.GetStableName"/>): its label, else a name made from the meeting, round of talks or file
/// it is in and its ordinal there (<c>minsk-commitment-3</c>), so no line ever enters an id. A second actor of a name
/// (an error the compiler reports) gets <c>-2</c>, <c>-3</c>, which no name holds. The same compilation always gets
/// the same ids.
/// </summary>
internal sealed class SymbolIds
{
    private readonly Dictionary<Symbol, string> _ids = new();
    private readonly Func<Symbol, string?>? _foreignId;

    /// <summary>Ids for the compilation's symbols; inside an archive <paramref name="foreignId"/> gives the id of a symbol another folder declares.</summary>
    public SymbolIds(Compilation compilation, Func<Symbol, string?>? foreignId = null)
    {
        Compilation = compilation;
        _foreignId = foreignId;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in compilation.Actors)
        {
            var id = actor.Name;
            for (var counter = 2; !taken.Add(id); counter++) id = actor.Name + "-" + counter.ToString(CultureInfo.InvariantCulture);
            _ids[actor] = id;
        }

        foreach (var symbol in compilation.Symbols)
        {
            if (EmitContext.IsEventOrTalks(symbol)) _ids[symbol] = compilation.GetStableName(symbol);
        }
    }

    /// <summary>The compilation whose ids these are: its root folder is what output paths are relative to.</summary>
    public Compilation Compilation { get; }

    /// <summary>
    /// The symbol's id; a symbol of another folder of the archive is <c>folder/id</c>: its folder relative to the archive
    /// root and its id in that folder's document, the same in every document that refers to it.
    /// </summary>
    public string this[Symbol symbol] =>
        _ids.TryGetValue(symbol, out var id) ? id
        : _foreignId?.Invoke(symbol) is { } foreign ? foreign
        : throw new KeyNotFoundException($"'{symbol.Name}' is not a symbol of this document.");
}
