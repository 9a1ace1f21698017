using System.Linq;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>What every section of one document needs: the compilation and the ids.</summary>
internal sealed class EmitContext
{
    public EmitContext(Compilation compilation)
    {
        Compilation = compilation;
        Ids = new SymbolIds(compilation, compilation.Archive is null ? null : ForeignId);
    }

    public Compilation Compilation { get; }

    private readonly System.Collections.Generic.Dictionary<Compilation, SymbolIds> _usedIds = new();

    /// <summary>A symbol of another folder: its id in that folder's own document, after the folder (<c>actors/Blinken</c>).</summary>
    private string? ForeignId(Symbol symbol)
    {
        if (Compilation.Archive?.GetCompilation(symbol) is not { } used) return null;
        if (!_usedIds.TryGetValue(used, out var ids)) _usedIds[used] = ids = new SymbolIds(used);
        return Compilation.Archive.RelativeFolderOf(symbol) + "/" + ids[symbol];
    }
    public SymbolIds Ids { get; }

    /// <summary>
    /// Statements and meetings (each an event), rounds of talks and agreements: everything with a label. The act inside
    /// reported speech is not an event of its own; it is written inside its report.
    /// </summary>
    public static bool IsEventOrTalks(Symbol symbol) => symbol is GatheringSymbol or AgreementSymbol || (symbol is StatementSymbol statement && !statement.IsReportedAct);
}
