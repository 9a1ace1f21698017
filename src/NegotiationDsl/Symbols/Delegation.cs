using System.Collections.Immutable;

namespace NegotiationDsl.Symbols;

/// <summary>
/// A party's delegation at a meeting or round of talks: <c>delegation USA Sherman, Karpovich led by Sherman</c>.
/// The members include the lead.
/// </summary>
public sealed record Delegation(PartySymbol Party, ActorSymbol? Lead, ImmutableArray<ActorSymbol> Members);
