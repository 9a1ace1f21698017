using System.Collections.Generic;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Parses an edited text again from the tree of the text before, as Roslyn does: when the edit lies inside one member
/// (a declaration or statement, at the top level or in a block), only that member's new text is lexed and parsed, with
/// the generated parser started at its <c>member</c> rule and our one builder; the rest of the tree is copied, moved
/// by the edit's change in length (<see cref="NodeCopier"/>). Whenever the edit could reach past that member, it
/// declines and the caller parses the whole text, so the result is always the tree a full parse gives.
/// </summary>
internal static class IncrementalParser
{
    /// <summary>The new tree, or null when the edit needs a full parse.</summary>
    /// <param name="oldRoot">The root of the tree of the text before, which had no diagnostic.</param>
    /// <param name="text">The text after the edit.</param>
    /// <param name="change">The span the edit replaced in the text before, and the length of what replaced it.</param>
    public static CompilationUnitSyntax? TryReparse(CompilationUnitSyntax oldRoot, SourceText text, TextChange change)
    {
        var path = PathToMember(oldRoot, change.Span);
        if (path is null) return null;
        var member = (MemberSyntax)path[^1];
        var delta = change.NewLength - change.Span.Length;
        var start = member.FullSpan.Start;
        var end = member.FullSpan.End + delta;
        if (end > text.Length) return null;

        var reparsed = Reparse(text, start, end);
        if (reparsed is null || reparsed.Kind != member.Kind || reparsed.FullSpan != TextSpan.FromBounds(start, end)) return null;

        // From the member up: each ancestor anew, the children before the edit copied where they are, those after it moved.
        SyntaxElement replacement = reparsed;
        for (var i = path.Count - 2; i >= 0; i--)
        {
            replacement = NodeCopier.Splice(path[i], path[i + 1], replacement, start, delta);
        }

        return (CompilationUnitSyntax)replacement;
    }

    /// <summary>
    /// The chain of nodes from the root down to the innermost member that holds the edit strictly inside: after the end
    /// of its first token and before the start of its last, so the tokens that bound it, and what lies around it, stay.
    /// Null when no member does.
    /// </summary>
    private static List<SyntaxNode>? PathToMember(CompilationUnitSyntax root, TextSpan edit)
    {
        var path = new List<SyntaxNode> { root };
        MemberSyntax? found = null;
        IReadOnlyList<MemberSyntax> members = root.Members;
        while (Inside(members, edit) is { } member)
        {
            found = member;
            path.Add(member);
            var body = member switch
            {
                MeetingDeclarationSyntax meeting => meeting.Body,
                TalksDeclarationSyntax talks => talks.Body,
                _ => null,
            };
            if (body is null || !HoldsStrictly(body, edit)) break;
            path.Add(body);
            members = body.Members;
        }

        if (found is null) return null;
        // The path ends at the member; a block added after it held no member with the edit.
        while (path[^1] != found) path.RemoveAt(path.Count - 1);
        return path;
    }

    private static MemberSyntax? Inside(IReadOnlyList<MemberSyntax> members, TextSpan edit)
    {
        // Members tile their list in order: the first whose span ends after the edit's start is the only candidate.
        var lower = 0;
        var upper = members.Count;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower) / 2);
            if (members[middle].Span.End <= edit.Start) lower = middle + 1;
            else upper = middle;
        }

        return lower < members.Count && HoldsStrictly(members[lower], edit) ? members[lower] : null;
    }

    private static bool HoldsStrictly(SyntaxNode node, TextSpan edit)
    {
        var first = node.FirstToken;
        var last = node.LastToken;
        return !first.IsMissing && !last.IsMissing && edit.Start > first.Span.End && edit.End < last.Span.Start;
    }

    /// <summary>The one member that <c>[start, end)</c> of the text holds, as a full parse would build it, or null.</summary>
    private static MemberSyntax? Reparse(SourceText text, int start, int end)
    {
        using var lexing = ReusedLexing.Lex(text.Text, start, end);
        var run = new ParseRun(lexing.Stream);

        // A member whose text has a lexical problem (a bad character, an unterminated string) is left to a full parse,
        // which reports it with its neighbours.
        var lexical = new List<Diagnostic>();
        LexicalDiagnostics.Collect(text, run.Tokens, lexical);
        if (lexical.Count > 0) return null;

        var builder = new SyntaxTreeBuilder(new TokenCursor(run.Tokens, new HashSet<int>(), start, lexing.Strings));
        return run.TryParseMemberWithoutErrors(builder) ? builder.FinishMember() : null;
    }
}
