using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// What binding one file's meetings, talks and statements added, besides the symbols and the file's own
/// table it fills in; the pass over the statements left for later returns one too. The compilation-wide
/// checks read these in file order. Only the statements left for later hold syntax nodes (they are still to be bound),
/// so these live only while the compilation binds; where a name was written is kept as its span, which a copy of the
/// binding into an edited tree moves without looking in the tree.
/// </summary>
internal sealed class FileBindingResult(
    ImmutableArray<Diagnostic> diagnostics,
    ImmutableArray<Symbol> addedSymbols,
    ImmutableArray<SettlementSite> events,
    IReadOnlyDictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan> participantNames,
    ImmutableArray<StatementContext> laterStatements)
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The symbols made while binding (reported speech), in source order.</summary>
    public ImmutableArray<Symbol> AddedSymbols { get; } = addedSymbols;

    /// <summary>The statements that fulfil, break or withdraw a commitment or write about an agreement, in the order they were bound.</summary>
    public ImmutableArray<SettlementSite> Events { get; } = events;

    /// <summary>Where each person is named among a meeting's participants (the last time, if twice): the name's span in the meeting's file.</summary>
    public IReadOnlyDictionary<(MeetingSymbol Meeting, PersonSymbol Person), TextSpan> ParticipantNames { get; } = participantNames;

    /// <summary>Statements with <c>after</c> a name: they wait until every file is bound.</summary>
    public ImmutableArray<StatementContext> LaterStatements { get; } = laterStatements;
}
