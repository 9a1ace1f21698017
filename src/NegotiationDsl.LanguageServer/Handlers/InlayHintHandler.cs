using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Inlay hints: after every relative date (<c>next_week</c>, <c>in 3 days</c>, a range with a relative end) the days it resolved to.</summary>
internal sealed class InlayHintHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.InlayHintProvider = true;

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public InlayHint[] InlayHints(InlayHintParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return [];
        var visible = TextSpan.FromBounds(snapshot.OffsetOf(request.Range.Start), System.Math.Max(snapshot.OffsetOf(request.Range.Start), snapshot.OffsetOf(request.Range.End)));
        return snapshot.Tree.Root.DescendantNodesAndSelf()
            .OfType<DateSyntax>()
            .Where(date => date.Parent is not DateSyntax && visible.Touches(date.Span.End) && IsRelative(date))
            .Select(date => (Date: date, Resolved: snapshot.Model.GetResolvedDate(date)))
            .Where(item => item.Resolved?.Interval is not null)
            .Select(item => new InlayHint(
                snapshot.RangeOf(new TextSpan(item.Date.Span.End, 0)).Start,
                item.Resolved!.Interval!.Value.ToString(),
                item.Resolved.Anchor is { } anchor ? "counted from " + anchor.Description : null,
                PaddingLeft: true))
            .ToArray();
    }

    private static bool IsRelative(DateSyntax date) =>
        date.DescendantNodesAndSelf().Any(node => node is RelativeDateSyntax or OffsetDateSyntax);
}
