using System;
using System.Collections.Generic;
using System.Text;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>
/// Reads the source facts of a file from its syntax, never from bound symbols: each declaration and statement becomes
/// one <see cref="EquivalentMember"/> whose calls follow the keywords in source order, so nothing resolved or derived
/// (dates, citations, states of commitments) can creep into the baselines.
/// </summary>
public static class EquivalentReader
{
    public static EquivalentFile Read(CompilationUnitSyntax root)
    {
        var members = new List<EquivalentMember>(root.Members.Count);
        foreach (var member in root.Members) members.Add(Member(member));
        var final = new List<string>();
        foreach (var trivia in root.EndOfFileToken.LeadingTrivia)
        {
            if (trivia.IsComment) final.Add(trivia.Text);
        }

        return new EquivalentFile(members, final);
    }

    private static EquivalentMember Member(SyntaxNode node)
    {
        var builder = new Builder();
        builder.Walk(node, memberLevel: true);
        return builder.Member;
    }

    private sealed class Builder
    {
        // A clause starts a call of its own even after a call without values (`happens on ...` is two calls).
        private bool _startCall = true;

        public EquivalentMember Member { get; } = new();

        public void Walk(SyntaxNode node, bool memberLevel)
        {
            foreach (var child in node.Children)
            {
                // What is read whole rather than walked token by token still has its comments kept.
                if (child is LabelSyntax or ExpressionSyntax)
                {
                    foreach (var token in ((SyntaxNode)child).DescendantTokens()) Comments(token);
                }

                switch (child)
                {
                    case SyntaxToken token:
                        Token(token, memberLevel);
                        break;
                    case LabelSyntax label:
                        Member.Id = label.Identifier.Text;
                        break;
                    case NameListSyntax list when Member.Calls.Count == 0 && Member.Actors is null:
                        Member.Actors = [];
                        foreach (var name in list.Names) Member.Actors.Add(name.Identifier.Text);
                        break;
                    case NameListSyntax list:
                        foreach (var name in list.Names) Add(EquivalentValueKind.Name, name.Identifier.Text);
                        break;
                    case NameSyntax name:
                        Add(EquivalentValueKind.Name, name.Identifier.Text);
                        break;
                    case StringLiteralSyntax literal:
                        Add(EquivalentValueKind.String, literal.Value);
                        break;
                    case StringListSyntax list:
                        foreach (var literal in list.Strings) Add(EquivalentValueKind.String, literal.Value);
                        break;
                    case ReportedSpeechSyntax speech:
                        var reported = EquivalentReader.Member(speech);
                        // A chain inside a call has no line of its own for comments: they go before the statement.
                        if (reported.Comments is not null) (Member.Comments ??= []).AddRange(reported.Comments);
                        reported.Comments = null;
                        Current().Arguments.Add(new EquivalentValue(EquivalentValueKind.Speech, "", reported));
                        break;
                    case BlockSyntax block:
                        Comments(block.LessThanToken);
                        Comments(block.GreaterThanToken);
                        Member.Body = new List<EquivalentMember>(block.Members.Count);
                        foreach (var member in block.Members) Member.Body.Add(EquivalentReader.Member(member));
                        break;
                    case ExpressionSyntax expression:
                        Add(EquivalentValueKind.AsWritten, AsWritten(expression));
                        break;
                    case ClauseSyntax clause:
                        _startCall = true;
                        // A meeting's bare date or duration has no keyword: its call is named after the clause.
                        if (clause.GetChild(0) is not SyntaxToken first || !IsWord(first.Kind))
                        {
                            Member.Calls.Add(new EquivalentCall([ClauseName(clause.Kind)]));
                            _startCall = false;
                        }

                        Walk(clause, memberLevel: false);
                        _startCall = true;
                        break;
                    case SyntaxNode inner:
                        Walk(inner, memberLevel: false);
                        break;
                }
            }
        }

        private void Token(SyntaxToken token, bool memberLevel)
        {
            if (token.IsMissing) return;
            Comments(token);
            if (IsWord(token.Kind))
            {
                var last = Member.Calls.Count > 0 ? Member.Calls[^1] : null;
                if (!_startCall && last is not null && last.Arguments.Count == 0) last.Words.Add(token.Text);
                else Member.Calls.Add(new EquivalentCall([token.Text]));
                _startCall = false;
            }
            else if (token.Kind == SyntaxKind.IdentifierToken)
            {
                // `party Russia ...`, `person Lavrov ...`: the name right after the first keyword is the one declared.
                if (memberLevel && Member.Id is null && Member.Calls.Count == 1 && Member.Calls[0].Arguments.Count == 0)
                {
                    Member.Id = token.Text;
                    _startCall = true;
                }
                else
                {
                    Add(EquivalentValueKind.Name, token.Text);
                }
            }
        }

        private void Comments(SyntaxToken token)
        {
            foreach (var item in token.LeadingTrivia)
            {
                if (item.IsComment) (Member.Comments ??= []).Add(item.Text);
            }

            foreach (var item in token.TrailingTrivia)
            {
                if (item.IsComment) (Member.Comments ??= []).Add(item.Text);
            }
        }

        private void Add(EquivalentValueKind kind, string text)
        {
            Current().Arguments.Add(new EquivalentValue(kind, text));
            _startCall = true;
        }

        private EquivalentCall Current()
        {
            if (Member.Calls.Count == 0) Member.Calls.Add(new EquivalentCall(["value"]));
            return Member.Calls[^1];
        }
    }

    /// <summary>Keywords, verbs and date words: everything spelled as a word of the language.</summary>
    private static bool IsWord(SyntaxKind kind) => kind >= SyntaxKind.RecordKeyword && kind <= SyntaxKind.YearsKeyword;

    private static string ClauseName(SyntaxKind kind)
    {
        var name = kind.ToString();
        return (name.EndsWith("Clause", StringComparison.Ordinal) ? name[..^"Clause".Length] : name).ToLowerInvariant();
    }

    /// <summary>The expression's tokens as written, one space where the source had any trivia between them.</summary>
    private static string AsWritten(ExpressionSyntax expression)
    {
        var text = new StringBuilder();
        var end = -1;
        foreach (var token in expression.DescendantTokens())
        {
            if (token.IsMissing) continue;
            if (end >= 0 && token.Position > end) text.Append(' ');
            var written = token.Text;
            text.Append(written);
            end = token.Position + written.Length;
        }

        return text.ToString();
    }
}
