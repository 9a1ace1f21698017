using System.Diagnostics.CodeAnalysis;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Dates;

/// <summary>
/// The fuzzy-date policies of a compilation (<c>policy soon = ...</c>): the offset each word means and where
/// it was declared. A handful of entries searched in order, not a Dictionary&lt;SyntaxKind, ...&gt;: that
/// dictionary over an enum is generic code ReadyToRun cannot prepare, so every cold check would JIT-compile it.
/// Filled in through a <see cref="Builder"/> while the policies are declared, then only read.
/// </summary>
internal sealed class PolicyTable
{
    private SyntaxKind[] _kinds = new SyntaxKind[4];
    private Offset[] _offsets = new Offset[4];
    private Location[] _locations = new Location[4];
    private int _count;

    public bool TryGetOffset(SyntaxKind kind, [NotNullWhen(true)] out Offset? offset)
    {
        var index = IndexOf(kind);
        offset = index < 0 ? null : _offsets[index];
        return offset is not null;
    }

    public bool TryGetLocation(SyntaxKind kind, [NotNullWhen(true)] out Location? location)
    {
        var index = IndexOf(kind);
        location = index < 0 ? null : _locations[index];
        return location is not null;
    }

    /// <summary>The table while the declarations are read; it hands the table over once, and adds nothing after.</summary>
    internal sealed class Builder
    {
        private PolicyTable? _table = new();

        private PolicyTable Table => _table ?? throw new System.InvalidOperationException("The policy table is finished.");

        public bool TryGetLocation(SyntaxKind kind, [NotNullWhen(true)] out Location? location) => Table.TryGetLocation(kind, out location);

        /// <summary>Adds a policy for a word that has none yet (the declarer reports a second one instead).</summary>
        public void Add(SyntaxKind kind, Offset offset, Location location) => Table.Add(kind, offset, location);

        public PolicyTable ToTable()
        {
            var table = Table;
            _table = null;
            return table;
        }
    }

    /// <summary>
    /// The same policies after an edit of <paramref name="before"/>: the places in it (the declaration, its number) moved
    /// into <paramref name="after"/>, those in other texts kept.
    /// </summary>
    public PolicyTable Moved(SourceText before, SourceText after, SpanShift shift)
    {
        var moved = new PolicyTable { _kinds = _kinds, _offsets = new Offset[_count], _locations = new Location[_count], _count = _count };
        for (var i = 0; i < _count; i++)
        {
            moved._locations[i] = _locations[i].MovedBy(shift, before, after);
            moved._offsets[i] = _offsets[i] with { NumberLocation = _offsets[i].NumberLocation.MovedBy(shift, before, after) };
        }

        return moved;
    }

    private void Add(SyntaxKind kind, Offset offset, Location location)
    {
        if (_count == _kinds.Length)
        {
            System.Array.Resize(ref _kinds, _count * 2);
            System.Array.Resize(ref _offsets, _count * 2);
            System.Array.Resize(ref _locations, _count * 2);
        }

        _kinds[_count] = kind;
        _offsets[_count] = offset;
        _locations[_count] = location;
        _count++;
    }

    private int IndexOf(SyntaxKind kind)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_kinds[i] == kind) return i;
        }

        return -1;
    }
}
