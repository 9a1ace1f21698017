using System.Collections.Frozen;
using System.Collections.Generic;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// What binding found in one file, keyed by a node's start and kind rather than by the node: trees of a
/// finished compilation may be parsed again, and the new nodes must find the same answers. No node has
/// a child of its own kind starting where it starts, so start and kind name one node. Filled in through
/// a <see cref="Builder"/> while the file is bound, then only read.
/// </summary>
internal sealed class TreeBinding
{
    public static readonly TreeBinding Empty = new Builder().ToBinding();

    private TreeBinding(PositionTable<Symbol> declared, PositionTable<Symbol> references, PositionTable<ResolvedDate> dates, FrozenSet<int> usedImports)
    {
        UsedImports = usedImports;
        Declared = declared;
        References = references;
        Dates = dates;
    }

    public PositionTable<Symbol> Declared { get; }
    public PositionTable<Symbol> References { get; }
    public PositionTable<ResolvedDate> Dates { get; }

    /// <summary>The uses of the file (by index) that some name was found through; frozen, so versions of a file may share it.</summary>
    public FrozenSet<int> UsedImports { get; }

    /// <summary>The tables of the tree an edit made, over the symbols' copies: positions after the edit moved, the uses found shared.</summary>
    public TreeBinding Moved(SpanShift shift, SymbolMap map) =>
        new(Declared.Moved(shift, static (symbol, copies) => copies[symbol], map),
            References.Moved(shift, static (symbol, copies) => copies[symbol], map),
            Dates.Moved(shift, static (date, edit) => edit.Move(date.Span) is var moved && moved == date.Span ? date : date with { Span = moved }, shift),
            UsedImports);

    public static long KeyOf(SyntaxNode node) => KeyOf(node.FirstToken.Span.Start, node.Kind);

    public static long KeyOf(int start, SyntaxKind kind) => ((long)start << 32) | (uint)kind;

    public static int StartOf(long key) => (int)(key >> 32);

    /// <summary>A file's tables while binding writes them; the binder lets it go once it has made the <see cref="TreeBinding"/>.</summary>
    internal sealed class Builder
    {
        public PositionTableBuilder<Symbol> Declared { get; } = new();
        public PositionTableBuilder<Symbol> References { get; } = new();
        public PositionTableBuilder<ResolvedDate> Dates { get; } = new();

        /// <summary>The uses (by their index in the file) that some name of the file was found through.</summary>
        public HashSet<int> UsedImports { get; } = new();

        /// <summary>The finished tables, in the compact form a finished compilation keeps.</summary>
        public TreeBinding ToBinding() =>
            new(Declared.ToTable(), References.ToTable(), Dates.ToTable(), UsedImports.ToFrozenSet());
    }
}
