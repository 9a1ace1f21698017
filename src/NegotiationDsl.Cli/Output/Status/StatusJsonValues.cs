using System;
using System.Collections.Generic;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Symbols;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Cli.Output.Status;

/// <summary>The value shapes of the status JSON that the records JSON does not have: parties with their names, states, days, locations.</summary>
internal static class StatusJsonValues
{
    /// <summary><c>[{ "id": "DPR", "name": "Donetsk People's Republic" }]</c>: the records JSON's actor id and the name a reader knows.</summary>
    public static void WriteParties(Utf8JsonWriter json, string name, IEnumerable<ActorSymbol> actors, SymbolIds ids)
    {
        json.WriteStartArray(name);
        foreach (var actor in actors)
        {
            json.WriteStartObject();
            json.WriteText("id", ids[actor]);
            json.WriteText("name", actor.DisplayName);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A day, <c>2022-01-31</c>, or null.</summary>
    public static void WriteDay(Utf8JsonWriter json, string name, LocalDate? day) =>
        json.WriteText(name, day is { } value ? DateInterval.Format(value) : null);

    /// <summary>
    /// A state's stable name: the enum member with a lower-case first letter (<c>fulfilledLate</c>, <c>inForce</c>),
    /// as the records JSON names agreement and milestone states.
    /// </summary>
    public static string StateName<TState>(TState state)
        where TState : struct, Enum
    {
        var name = state.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary><c>{ "path": "geneva-2022/geneva-2022.neg", "line": 102, "column": 1 }</c>: the file relative to the compilation's root folder, as every output writes it, one-based.</summary>
    public static void WriteLocation(Utf8JsonWriter json, string name, Symbol symbol, Compilation compilation)
    {
        var start = symbol.Location.LineSpan.Start;
        json.WriteStartObject(name);
        json.WriteText("path", compilation.GetOutputPath(symbol.Location.FilePath));
        json.WriteNumber("line", start.Line + 1);
        json.WriteNumber("column", start.Character + 1);
        json.WriteEndObject();
    }
}
