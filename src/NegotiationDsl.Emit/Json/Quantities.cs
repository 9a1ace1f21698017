using System.Collections.Immutable;
using System.Text.Json;
using NegotiationDsl.Model;

namespace NegotiationDsl.Emit.Json;

/// <summary><c>quantities</c>: what a statement states as numbers, each with its value, unit and bound; and the bound of a duration.</summary>
internal static class Quantities
{
    public static void Write(Utf8JsonWriter json, ImmutableArray<Quantity> quantities)
    {
        json.WritePropertyName("quantities");
        WriteValue(json, quantities);
    }

    /// <summary>The list alone, for a property another document names.</summary>
    public static void WriteValue(Utf8JsonWriter json, ImmutableArray<Quantity> quantities)
    {
        json.WriteStartArray();
        foreach (var quantity in quantities)
        {
            json.WriteStartObject();
            json.WriteNumber("value", quantity.Value);
            json.WriteText("unit", quantity.Unit);
            json.WriteString("unitKind", Camel(quantity.UnitKind.ToString()));
            json.WriteString("approximation", Camel(quantity.Approximation.ToString()));
            json.WriteText("subject", quantity.Subject);
            json.WriteText("text", quantity.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary><c>durationApproximation</c>: null without a duration, else <c>exact</c>, <c>about</c>, <c>atLeast</c> or <c>atMost</c>.</summary>
    public static void WriteDurationApproximation(Utf8JsonWriter json, bool hasDuration, Approximation approximation)
    {
        if (hasDuration) json.WriteString("durationApproximation", Camel(approximation.ToString()));
        else json.WriteNull("durationApproximation");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
