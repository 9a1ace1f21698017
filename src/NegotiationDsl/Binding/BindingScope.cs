using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What every pass of the binder reads: the files, the declarations (built once, before any pass) and each
/// file's table. A file's table is written only by the pass that binds that file, so passes over different
/// files share the scope without a lock.
/// </summary>
internal sealed class BindingScope(ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> tables, DeclarationTable declarations)
{
    public ImmutableArray<SyntaxTree> Trees { get; } = trees;

    public IReadOnlyDictionary<SyntaxTree, TreeBinding.Builder> Tables { get; } = tables;

    public DeclarationTable Declarations { get; } = declarations;
}
