using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>Folding ranges: meeting and talks blocks, statements over several lines, block comments and runs of line comments.</summary>
internal sealed class FoldingRangeHandler(Workspace workspace) : ILanguageFeature
{
    public void Advertise(ServerCapabilities capabilities) => capabilities.FoldingRangeProvider = true;

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public FoldingRange[] FoldingRanges(FoldingRangeParams request)
    {
        var snapshot = workspace.GetDocument(request.TextDocument.Uri);
        if (snapshot is null) return [];
        var lines = LspLines.Of(snapshot.Text);
        var ranges = new List<FoldingRange>();
        foreach (var member in snapshot.Tree.Root.DescendantNodesAndSelf().OfType<MemberSyntax>())
        {
            var start = lines.LineOf(member.Span.Start);
            var end = lines.LineOf(member.Span.End);
            if (member is MeetingDeclarationSyntax or TalksDeclarationSyntax) end--; // keep the closing '>' visible
            if (end > start) ranges.Add(new FoldingRange(start, end, null));
        }

        AddComments(snapshot, ranges);
        return [.. ranges.OrderBy(range => range.StartLine)];
    }

    private static void AddComments(DocumentSnapshot snapshot, List<FoldingRange> ranges)
    {
        var text = snapshot.Text;
        var lines = LspLines.Of(text);
        int? runStart = null, runEnd = null;
        foreach (var comment in snapshot.Tree.Root.DescendantTokens().SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia)).Where(trivia => trivia.IsComment))
        {
            var first = lines.LineOf(comment.Span.Start);
            var last = lines.LineOf(comment.Span.End);
            if (comment.Kind != SyntaxKind.LineCommentTrivia)
            {
                if (last > first) ranges.Add(new FoldingRange(first, last, "comment"));
                continue;
            }

            if (runEnd == first - 1 && OnlyCommentOnLine(text, lines, comment)) runEnd = first;
            else
            {
                Close(ranges, runStart, runEnd);
                (runStart, runEnd) = OnlyCommentOnLine(text, lines, comment) ? (first, first) : ((int?)null, (int?)null);
            }
        }

        Close(ranges, runStart, runEnd);
    }

    private static void Close(List<FoldingRange> ranges, int? start, int? end)
    {
        if (start is { } first && end is { } last && last > first) ranges.Add(new FoldingRange(first, last, "comment"));
    }

    private static bool OnlyCommentOnLine(SourceText text, LspLines lines, SyntaxTrivia comment)
    {
        var line = lines.LineSpan(lines.LineOf(comment.Span.Start));
        return string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(line.Start, comment.Span.Start)));
    }
}
