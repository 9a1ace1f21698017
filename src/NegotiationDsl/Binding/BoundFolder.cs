using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// A folder bound by every pass but the folder-wide checks: what <see cref="Binder.Check"/> needs to finish it.
/// A class, not a record: a record's equality would be generic code over our structs that nothing calls.
/// </summary>
internal sealed class BoundFolder(
    CompilationUnitSyntax[] roots,
    BindingScope scope,
    DeclarationTable own,
    SortedSet<string> used,
    BoundActors actors,
    ImmutableArray<FileBindingResult> passes,
    Dictionary<SyntaxTree, TreeBinding> bindings,
    List<Diagnostic> declarationDiagnostics,
    ImmutableArray<Diagnostic> actorDiagnostics)
{
    public CompilationUnitSyntax[] Roots { get; } = roots;
    public BindingScope Scope { get; } = scope;
    public DeclarationTable Own { get; } = own;
    public SortedSet<string> Used { get; } = used;
    public BoundActors Actors { get; } = actors;
    public ImmutableArray<FileBindingResult> Passes { get; } = passes;
    public Dictionary<SyntaxTree, TreeBinding> Bindings { get; } = bindings;
    public List<Diagnostic> DeclarationDiagnostics { get; } = declarationDiagnostics;
    public ImmutableArray<Diagnostic> ActorDiagnostics { get; } = actorDiagnostics;
}
