using System.Linq;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.Emit.Json;

/// <summary>What every section of one document needs: the compilation and the ids.</summary>
internal sealed class EmitContext
{
    public EmitContext(Compilation compilation)
    {
        Compilation = compilation;
        Ids = new SymbolIds(compilation.Actors, compilation.Symbols.Where(IsEventOrTalks), compilation.Archive is { } archive ? archive.RelativeFolderOf : null);
    }

    public Compilation Compilation { get; }
    public SymbolIds Ids { get; }

    /// <summary>
    /// Statements and meetings (each an event) and rounds of talks: everything with a label. The act inside
    /// reported speech is not an event of its own; it is written inside its report.
    /// </summary>
    public static bool IsEventOrTalks(Symbol symbol) => symbol is GatheringSymbol || (symbol is StatementSymbol statement && !statement.IsReportedAct);
}
