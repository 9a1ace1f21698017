using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The per-file pass: meetings, talks, their clauses, and the statements that name no other statement in
/// <c>after</c>. Once every name is declared and every actor bound, these only read the shared tables and
/// write their own file's, so each file gets a binder of its own that shares the read-only scope and returns
/// what it adds as one <see cref="FileBindingResult"/>; files may then be bound in parallel.
/// </summary>
internal sealed partial class Binder
{
    private static ImmutableArray<FileBindingResult> BindEachFile(BindingScope scope, BoundActors actors)
    {
        var files = ImmutableArray.CreateBuilder<FileBindingResult>(scope.Trees.Length);
        foreach (var tree in scope.Trees) files.Add(new Binder(scope, actors).BindFile(tree));
        return files.MoveToImmutable();
    }

    // A method of its own, never inlined: the runtime loads the assemblies of the types a method uses when it
    // prepares the method, and a single file should not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ImmutableArray<FileBindingResult> BindEachFileOnAWorker(BindingScope scope, BoundActors actors)
    {
        var trees = scope.Trees;
        var files = new FileBindingResult[trees.Length];
        Parallel.For(0, trees.Length, Parallelism.Options, i => files[i] = new Binder(scope, actors).BindFile(trees[i]));
        return ImmutableArray.Create(files);
    }

    /// <summary>A file's meetings and talks, then its statements that depend on no other statement.</summary>
    private FileBindingResult BindFile(SyntaxTree tree)
    {
        BindRecord(tree);
        BindIndependentStatements();
        return Result();
    }

    /// <summary>What this worker's pass added, frozen.</summary>
    private FileBindingResult Result() =>
        new(_diagnostics.ToImmutableArray(), _symbols.ToImmutableArray(), _events.ToImmutable(), _participantNames, _laterStatements.ToImmutable());
}
