using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What every pass of the binder reads: the files, the names each file sees (built once, before any pass) and
/// each file's table. A file's table is written only by the pass that binds that file, so passes over different
/// files share the scope without a lock.
/// </summary>
internal sealed class BindingScope
{
    private readonly IReadOnlyDictionary<SyntaxTree, NameScope> _names;

    public BindingScope(ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> tables, ArchiveLayout layout,
        DeclarationTable declarations, IReadOnlyDictionary<SyntaxTree, NameScope> names)
    {
        Trees = trees;
        Tables = tables;
        Layout = layout;
        Symbols = declarations.Symbols;
        _names = names;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> Tables { get; }

    public ArchiveLayout Layout { get; }

    /// <summary>Every symbol the folder declares, in file order, then source order.</summary>
    public ImmutableArray<Symbol> Symbols { get; }

    public NameScope NamesOf(SyntaxTree tree) => _names[tree];
}
