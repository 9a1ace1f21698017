using System.Collections.Immutable;
using System.Text.Json;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>actors</c>: parties and persons in declaration order. Every actor has every field; the ones that
/// belong to the other type are null or empty (a person has no members, a party no offices).
/// </summary>
internal static class ActorSection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("actors");
        foreach (var actor in context.Compilation.Actors)
        {
            var party = actor as PartySymbol;
            var person = actor as PersonSymbol;
            json.WriteStartObject();
            json.WriteText("id", ids[actor]);
            json.WriteString("type", party is not null ? "party" : "person");
            json.WriteText("name", party?.DeclaredName ?? person?.FullName);
            json.WriteTextArray("aliases", actor.Aliases);
            json.WriteText("code", actor.Code);
            json.WriteText("partyKind", party is null ? null : PartyKinds.Word(party.PartyKind));
            json.WriteIds("members", party?.Members ?? ImmutableArray<PartySymbol>.Empty, ids);
            json.WriteId("parent", party?.Parent, ids);
            json.WriteId("affiliation", person?.Affiliation, ids);
            WriteOffices(json, person?.Offices ?? ImmutableArray<OfficeTerm>.Empty, ids);
            json.WriteLocation(actor, context.Compilation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOffices(Utf8JsonWriter json, ImmutableArray<OfficeTerm> offices, SymbolIds ids)
    {
        json.WriteStartArray("offices");
        foreach (var office in offices)
        {
            json.WriteStartObject();
            json.WriteText("title", office.Title);
            json.WriteId("party", office.Party, ids);
            json.WriteInterval("from", office.From);
            json.WriteInterval("until", office.Until);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
