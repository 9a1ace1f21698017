using System.Collections.Generic;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Binding;

/// <summary>
/// What binding found in one file, keyed by a node's start and kind rather than by the node: trees of a
/// finished compilation may be parsed again, and the new nodes must find the same answers. No node has
/// a child of its own kind starting where it starts, so start and kind name one node.
/// </summary>
internal sealed class TreeBinding
{
    public static readonly TreeBinding Empty = new();

    public Dictionary<long, Symbol> Declared { get; } = new();
    public Dictionary<long, Symbol> References { get; } = new();
    public Dictionary<long, ResolvedDate> Dates { get; } = new();

    public static long KeyOf(SyntaxNode node) => KeyOf(node.Span.Start, node.Kind);

    public static long KeyOf(int start, SyntaxKind kind) => ((long)start << 32) | (uint)kind;

    public static int StartOf(long key) => (int)(key >> 32);
}
