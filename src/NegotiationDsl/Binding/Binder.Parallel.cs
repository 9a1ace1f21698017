using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The per-file pass: meetings, talks, their clauses, and the statements that name no other statement in
/// <c>after</c>. Once every name is declared and every actor bound, these only read the shared tables and
/// write their own file's, so each file gets a worker binder that shares the read-only tables and returns
/// what it adds as one <see cref="FileBindingResult"/>; files may then be bound in parallel.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>A worker for one pass: the declaration tables are the parent's (read only here), the rest its own.</summary>
    private Binder(Binder parent)
    {
        _trees = parent._trees;
        _byTree = parent._byTree;
        _declarations = parent._declarations;
        _records = parent._records;
        _partyTree = parent._partyTree;
        _officeCalendars = parent._officeCalendars;
    }

    private ImmutableArray<FileBindingResult> BindEachFile()
    {
        var files = ImmutableArray.CreateBuilder<FileBindingResult>(_trees.Length);
        foreach (var tree in _trees) files.Add(new Binder(this).BindFile(tree));
        return files.MoveToImmutable();
    }

    // A method of its own, never inlined: the runtime loads the assemblies of the types a method uses when it
    // prepares the method, and a single file should not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ImmutableArray<FileBindingResult> BindEachFileOnAWorker()
    {
        var files = new FileBindingResult[_trees.Length];
        Parallel.For(0, _trees.Length, Parallelism.Options, i => files[i] = new Binder(this).BindFile(_trees[i]));
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
