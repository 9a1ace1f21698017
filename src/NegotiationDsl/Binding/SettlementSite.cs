using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Binding;

/// <summary>
/// A statement about <see cref="Subject"/>, and where it names it: a commitment it settles or violates, an offer, proposal
/// or demand it replies to, or an agreement whose life it records (a signing, an extension, ...) or whose provision it is (a
/// commitment <c>under</c> it). The binder records one per event, the folder's checks read them, and the finished result
/// keeps them for the settlement across folders. It keeps the name's text and span, no syntax: a result keeps no tree
/// alive, and a copy of a binding into an edited tree only moves the span. Not a <see cref="Location"/> either: a folder
/// holds one site per event, and only a diagnostic needs the object.
/// </summary>
internal sealed record SettlementSite(StatementSymbol Event, Symbol Subject, SourceText Text, TextSpan NameSpan)
{
    /// <summary>The site of <paramref name="name"/>, written in <paramref name="tree"/>.</summary>
    public static SettlementSite Of(StatementSymbol @event, Symbol subject, SyntaxTree tree, NameSyntax name) => new(@event, subject, tree.Text, name.Span);

    public Location Name => new(Text, NameSpan);
}
