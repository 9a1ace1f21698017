using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What editors and tools ask about one file: the symbol at a position, what a name refers to, what a
/// node declares, every reference to a symbol, and what any date expression resolved to.
/// </summary>
public sealed class SemanticModel
{
    private readonly TreeBinding _binding;

    internal SemanticModel(Compilation compilation, SyntaxTree tree, BindingResult binding)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _binding = binding.For(tree);
    }

    public Compilation Compilation { get; }
    public SyntaxTree SyntaxTree { get; }

    /// <summary>Syntax and semantic diagnostics of this file, configured and with suppressions applied.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Location.Text == SyntaxTree.Text).ToImmutableArray();

    /// <summary>The symbol a declaration node (party, person, meeting, talks, statement) declares.</summary>
    public Symbol? GetDeclaredSymbol(SyntaxNode declaration) =>
        _binding.Declared.TryGetValue(TreeBinding.KeyOf(declaration), out var symbol) ? symbol : null;

    /// <summary>The symbol a name refers to, or null when it is unknown.</summary>
    public Symbol? GetReferencedSymbol(NameSyntax name) =>
        _binding.References.TryGetValue(TreeBinding.KeyOf(name), out var symbol) ? symbol : null;

    /// <summary>The symbol declared or referred to by the identifier at (or just before) <paramref name="position"/>.</summary>
    public Symbol? GetSymbolAt(int position)
    {
        var token = FindIdentifier(position);
        if (token?.Parent is NameSyntax name) return GetReferencedSymbol(name);
        if (token?.Parent is LabelSyntax label) return label.Parent is { } labelled ? GetDeclaredSymbol(labelled) : null;
        if (token?.Parent is PartyDeclarationSyntax or PersonDeclarationSyntax) return GetDeclaredSymbol(token.Parent);
        return null;
    }

    /// <summary>What a date expression resolved to and what it counted from.</summary>
    public ResolvedDate? GetResolvedDate(DateSyntax date) =>
        _binding.Dates.TryGetValue(TreeBinding.KeyOf(date), out var resolved) ? resolved : null;

    /// <summary>The outermost resolved date expression containing <paramref name="position"/>.</summary>
    public ResolvedDate? GetResolvedDateAt(int position)
    {
        var token = SyntaxTree.Root.FindToken(position);
        for (SyntaxNode? node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is DateSyntax date && GetResolvedDate(date) is { } resolved) return resolved;
        }

        return null;
    }

    /// <summary>Every name, in every file of the compilation, that refers to <paramref name="symbol"/>.</summary>
    public IEnumerable<NameSyntax> FindReferences(Symbol symbol) => Compilation.FindReferences(symbol);

    private SyntaxToken? FindIdentifier(int position)
    {
        var token = SyntaxTree.Root.FindToken(position);
        if (token.Kind == SyntaxKind.IdentifierToken && token.Span.Touches(position)) return token;
        if (position > 0)
        {
            var previous = SyntaxTree.Root.FindToken(position - 1);
            if (previous.Kind == SyntaxKind.IdentifierToken && previous.Span.Touches(position)) return previous;
        }

        return null;
    }
}
