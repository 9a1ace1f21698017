using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl;

/// <summary>
/// An immutable set of syntax trees compiled together (a folder of records is one compilation). The
/// CLI, the language server and the build integration all work from this one type. Each phase is
/// computed lazily, once, and cached.
/// </summary>
public sealed class Compilation
{
    private ImmutableArray<Diagnostic> _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> syntaxTrees) => SyntaxTrees = syntaxTrees;

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> syntaxTrees) => new(syntaxTrees.ToImmutableArray());

    /// <summary>A new compilation with one tree replaced or added; this one is unchanged.</summary>
    public Compilation WithSyntaxTree(SyntaxTree tree)
    {
        for (var i = 0; i < SyntaxTrees.Length; i++)
        {
            if (SyntaxTrees[i].FilePath == tree.FilePath) return new Compilation(SyntaxTrees.SetItem(i, tree));
        }

        return new Compilation(SyntaxTrees.Add(tree));
    }

    /// <summary>Every diagnostic of every phase, ordered by file, then position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics()
    {
        if (_diagnostics.IsDefault)
        {
            var all = SyntaxTrees.SelectMany(tree => tree.Diagnostics)
                .OrderBy(diagnostic => diagnostic.Location.FilePath, System.StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Span.Start)
                .ThenBy(diagnostic => diagnostic.Code, System.StringComparer.Ordinal)
                .ToImmutableArray();
            ImmutableInterlocked.InterlockedInitialize(ref _diagnostics, all);
        }

        return _diagnostics;
    }
}
