using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Emit.Json;

/// <summary>What every section of one document needs: the compilation, the ids, and the citation of each file.</summary>
internal sealed class EmitContext
{
    private readonly Dictionary<SyntaxTree, Citation?> _citations = new();
    private readonly HashSet<StatementSymbol> _reportedActs;

    public EmitContext(Compilation compilation)
    {
        Compilation = compilation;
        _reportedActs = new HashSet<StatementSymbol>(compilation.Symbols.OfType<StatementSymbol>().Select(statement => statement.Reported).OfType<StatementSymbol>());
        Ids = new SymbolIds(compilation.Actors, compilation.Symbols.Where(IsEventOrTalks));
        foreach (var tree in compilation.SyntaxTrees) _citations[tree] = Citation.Read(tree, compilation.GetSemanticModel(tree));
    }

    public Compilation Compilation { get; }
    public SymbolIds Ids { get; }

    /// <summary>
    /// Statements and meetings (each an event) and rounds of talks: everything with a label. The act inside
    /// reported speech is not an event of its own; it is written inside its report.
    /// </summary>
    public bool IsEventOrTalks(Symbol symbol) =>
        symbol is MeetingSymbol or TalksSymbol || (symbol is StatementSymbol statement && !_reportedActs.Contains(statement));

    public Citation? CitationOf(SyntaxTree tree) => _citations.TryGetValue(tree, out var citation) ? citation : null;
}
