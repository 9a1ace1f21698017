using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What binding one file's meetings, talks and statements added, besides the symbols and the file's own
/// table it fills in; the pass over the statements left for later returns one too. The compilation-wide
/// checks read these in file order. They hold syntax nodes, so they live only while the compilation binds.
/// </summary>
internal sealed class FileBindingResult(
    ImmutableArray<Diagnostic> diagnostics,
    ImmutableArray<Symbol> addedSymbols,
    ImmutableArray<CommitmentEventSite> events,
    IReadOnlyDictionary<(MeetingSymbol Meeting, PersonSymbol Person), NameSyntax> participantNames,
    ImmutableArray<StatementContext> laterStatements)
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The symbols made while binding (reported speech), in source order.</summary>
    public ImmutableArray<Symbol> AddedSymbols { get; } = addedSymbols;

    /// <summary>The statements that fulfil, break or withdraw a commitment or write about an agreement, in the order they were bound.</summary>
    public ImmutableArray<CommitmentEventSite> Events { get; } = events;

    /// <summary>Where each person is named among a meeting's participants (the last time, if twice).</summary>
    public IReadOnlyDictionary<(MeetingSymbol Meeting, PersonSymbol Person), NameSyntax> ParticipantNames { get; } = participantNames;

    /// <summary>Statements with <c>after</c> a name: they wait until every file is bound.</summary>
    public ImmutableArray<StatementContext> LaterStatements { get; } = laterStatements;
}

/// <summary>
/// A statement about <see cref="Subject"/>, and the name in it that says which: a commitment it settles or violates, an
/// offer, proposal or demand it replies to, or an agreement whose life it records (a signing, an extension, ...) or
/// whose provision it is (a commitment <c>under</c> it).
/// </summary>
internal sealed record CommitmentEventSite(StatementSymbol Event, Symbol Subject, SyntaxTree Tree, NameSyntax Name);
