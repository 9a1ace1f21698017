using System.Collections.Immutable;
using NegotiationDsl.Language;

namespace NegotiationDsl.Symbols;

/// <summary>Who held a role at a meeting or round of talks: <c>role chair Cassis</c>.</summary>
public sealed record RoleAssignment(Role Role, ImmutableArray<ActorSymbol> Actors);
