using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Inlay hints: after every relative date (<c>next_week</c>, <c>in 3 days</c>, a range with a relative end) the days it resolved to,
/// and after a quantity with a scale word (<c>1.5 billion</c>) its value in full.
/// </summary>
internal sealed class InlayHintHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.InlayHintProvider = true;

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public InlayHint[] InlayHints(InlayHintParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return [];
        var visible = TextSpan.FromBounds(snapshot.OffsetOf(request.Range.Start), System.Math.Max(snapshot.OffsetOf(request.Range.Start), snapshot.OffsetOf(request.Range.End)));
        return DateHints(snapshot, visible).Concat(QuantityHints(snapshot, visible)).OrderBy(hint => hint.Position.Line).ThenBy(hint => hint.Position.Character).ToArray();
    }

    private static System.Collections.Generic.IEnumerable<InlayHint> DateHints(DocumentSnapshot snapshot, TextSpan visible) =>
        snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<DateSyntax>()
            .Where(date => date.Parent is not DateSyntax && visible.Touches(date.Span.End) && IsRelative(date))
            .Select(date => (Date: date, Resolved: snapshot.Model.GetResolvedDate(date)))
            .Where(item => item.Resolved?.Interval is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Date.Span.End, 0)).Start,
                item.Resolved!.Interval!.Value.ToString(),
                item.Resolved.Anchor is { } anchor ? "counted from " + anchor.Description : null,
                PaddingLeft: true));

    /// <summary>After a quantity with a scale word (<c>USD 1.5 billion</c>) its value in full: <c>= 1,500,000,000</c>.</summary>
    private static System.Collections.Generic.IEnumerable<InlayHint> QuantityHints(DocumentSnapshot snapshot, TextSpan visible) =>
        snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<QuantitySyntax>()
            .Where(quantity => visible.Touches(quantity.Span.End) && HasScaleWord(quantity))
            .Select(quantity => (Syntax: quantity, Value: Binding.QuantityReader.Read(snapshot.Tree, quantity, subject: null, report: null)))
            .Where(item => item.Value is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Syntax.Span.End, 0)).Start,
                "= " + item.Value!.Value.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture),
                null,
                PaddingLeft: true));

    private static bool HasScaleWord(QuantitySyntax quantity) =>
        new[] { quantity.FirstWord, quantity.SecondWord }.Any(word => word is not null && Model.QuantityUnits.Scales.ContainsKey(word.Text));

    private static bool IsRelative(DateSyntax date) =>
        date.DescendantNodesAndSelf().Any(node => node is RelativeDateSyntax or OffsetDateSyntax);
}
