using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Reports;
using NegotiationDsl.Symbols;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// Tells the client when the commitments of a folder changed (<c>negotiationdsl/commitmentsChanged</c>,
/// docs/language-server.md), so that a view of them asks again once the server has compiled the change, rather than
/// on the client's guess that it has. Only a client that has asked for commitments is told: the others are spared
/// the work. A folder's commitments are compared by a digest of what <c>negotiationdsl/commitments</c> answers for them
/// apart from the states, and of everything a state on any day is worked out from
/// (<see cref="CommitmentSymbol.GetState"/>); the first compilation of a folder after the first request counts as a change.
/// </summary>
internal sealed class CommitmentsWatch(Func<CommitmentsChangedParams, Task> notify)
{
    public const string Method = "negotiationdsl/commitmentsChanged";

    // The digest last told of, per folder; only the diagnostics consumer reads and writes it.
    private readonly Dictionary<string, UInt128> _told = new(StringComparer.Ordinal);
    private volatile bool _asked;

    /// <summary>The client asked for commitments: from now on it is told when they change.</summary>
    public void Asked() => _asked = true;

    /// <summary>Called once a folder's diagnostics are published, from its newest compilation (null: none).</summary>
    public async Task FolderCompiledAsync(string folderKey, Compilation? compilation, CancellationToken cancellation)
    {
        if (!_asked) return;
        if (compilation is null)
        {
            // The folder is gone (its files closed or deleted): a view still showing its commitments must ask again.
            if (!_told.Remove(folderKey)) return;
            cancellation.ThrowIfCancellationRequested();
            await TellAsync(folderKey).ConfigureAwait(false);
            return;
        }

        var digest = Digest(compilation);
        if (_told.TryGetValue(folderKey, out var told) && told == digest) return;
        cancellation.ThrowIfCancellationRequested();
        await TellAsync(folderKey).ConfigureAwait(false);
        _told[folderKey] = digest;
    }

    private Task TellAsync(string folderKey) => notify(new CommitmentsChangedParams(CommitmentsHandler.FolderUri(folderKey)));

    // Not cryptographic: the digest only spares a client a request when nothing it shows changed, and it is worked out
    // for every related folder on every keystroke, so it must be cheap. Each string goes in as its UTF-16 code units,
    // without copying.
    private static UInt128 Digest(Compilation compilation)
    {
        var hash = new XxHash128();
        void Add(string? text)
        {
            // Each part with its length first (-1: none), so that no two lists of parts run together into the same bytes.
            AddCount(text?.Length ?? -1);
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        void AddCount(int count) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in count)));

        Add(CommitmentStatus.AsOf(compilation, null)?.ToString());
        foreach (var record in compilation.Records)
        {
            Add(record.FilePath);
            Add(record.Title);
        }

        foreach (var commitment in compilation.Commitments)
        {
            Add(commitment.SyntaxTree.FilePath);
            // The range the answer sends, not the span: an edit of the same length can move a commitment to another line.
            var range = DocumentSnapshot.RangeOf(commitment.SyntaxTree.Text, commitment.Location.Span);
            AddCount(range.Start.Line);
            AddCount(range.Start.Character);
            AddCount(range.End.Line);
            AddCount(range.End.Character);
            Add(commitment.HasLabel ? commitment.Name : null);
            Add(commitment.Deliverable);
            Add(CommitmentStatus.Deadline(commitment));
            AddNames(commitment.Debtors);
            AddNames(commitment.Creditors);
            Add(commitment.Obligation.ToString());
            Add(commitment.Date?.ToString());
            Add(commitment.Deadline?.ToString());
            Add(commitment.HasUnresolvedDeadline ? "unresolved" : "resolved");
            Add(commitment.From?.ToString());
            Add(commitment.Until?.ToString());
            foreach (var change in commitment.Events)
            {
                Add(change.Kind.ToString());
                Add(change.Date?.ToString());
            }

            Add(null);
        }

        return hash.GetCurrentHashAsUInt128();

        void AddNames(ImmutableArray<ActorSymbol> actors)
        {
            AddCount(actors.Length);
            foreach (var actor in actors) Add(actor.Name);
        }
    }
}
