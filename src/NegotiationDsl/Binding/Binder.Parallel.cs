using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// The per-file pass in parallel: meetings, talks, their clauses, and the statements that name no other
/// statement in <c>after</c>. Once every name is declared and every actor bound, these only read the
/// shared tables and write their own symbols, so each file gets a worker binder that shares the read-only
/// tables and collects what it adds; the workers' additions are then merged in file order, which is
/// exactly the order a serial run adds them in: results and diagnostics do not depend on the number of cores.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>A worker for one file: the declaration tables are the parent's (read only here), the rest its own.</summary>
    private Binder(Binder parent)
    {
        _trees = parent._trees;
        _byTree = parent._byTree;
        _declarations = parent._declarations;
        _records = parent._records;
        _partyTree = parent._partyTree;
        _officeCalendars = parent._officeCalendars;
    }

    private void BindRecordsInParallel()
    {
        // One file (the usual cold `negc check file.neg`) or one core: starting the thread pool would cost more than it saves.
        if (_trees.Length < 2 || System.Environment.ProcessorCount < 2)
        {
            foreach (var tree in _trees) BindFile(tree);
            return;
        }

        BindEachRecordOnAWorker();
    }

    // A method of its own, never inlined: the runtime loads the assemblies of the types a method uses when it
    // prepares the method, and a single file should not load System.Threading.Tasks.Parallel at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void BindEachRecordOnAWorker()
    {
        var workers = new Binder[_trees.Length];
        Parallel.For(0, _trees.Length, Parallelism.Options, i =>
        {
            var worker = new Binder(this);
            worker.BindFile(_trees[i]);
            workers[i] = worker;
        });

        foreach (var worker in workers) MergeFilePass(worker);
    }

    /// <summary>A file's meetings and talks, then its statements that depend on no other statement.</summary>
    private void BindFile(SyntaxTree tree)
    {
        var firstStatement = _pendingStatements.Count;
        BindRecord(tree);
        BindIndependentStatements(firstStatement);
    }

    /// <summary>Takes in what <see cref="BindFile"/> adds, in the order a serial run adds it.</summary>
    private void MergeFilePass(Binder worker)
    {
        _diagnostics.AddRange(worker._diagnostics);
        _dependentStatements.AddRange(worker._dependentStatements);
        _symbols.AddRange(worker._symbols);
        _events.AddRange(worker._events);
        _reportedDeclarations.AddRange(worker._reportedDeclarations);
        CopyInto(worker._participantNames, _participantNames);
    }

    private static void CopyInto<TKey, TValue>(Dictionary<TKey, TValue> from, Dictionary<TKey, TValue> to)
        where TKey : notnull
    {
        foreach (var pair in from) to[pair.Key] = pair.Value;
    }
}
