namespace NegotiationDsl.Emit.Json;

/// <summary>A PLOVER event type with its mode (how), for example REQUEST with mode <c>change</c>.</summary>
internal sealed record PloverCode(string EventType, string? Mode);

/// <summary>How one kind of event is named in the document and coded in CAMEO and PLOVER (null where the standard has no code).</summary>
internal sealed record EventCode(string Kind, string? Cameo, PloverCode? Plover);
