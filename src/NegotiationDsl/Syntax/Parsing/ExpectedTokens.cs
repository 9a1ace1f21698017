using System.Collections.Generic;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using NegotiationDsl.Language;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>Describes what the parser expected in words an analyst understands.</summary>
internal static class ExpectedTokens
{
    public static string Describe(IntervalSet expected)
    {
        var kinds = new List<SyntaxKind>();
        var verbs = new List<Verb>();
        foreach (var type in expected.ToArray())
        {
            if (TokenKinds.VerbOf(type) is { } verb) verbs.Add(verb);
            var kind = TokenKinds.FromTokenType(type);
            if (kind != SyntaxKind.None && !kinds.Contains(kind)) kinds.Add(kind);
        }

        kinds.Sort();
        var words = new List<string>();
        if (kinds.Contains(SyntaxKind.MeetingKeyword) && kinds.Contains(SyntaxKind.PartyKeyword) && kinds.Contains(SyntaxKind.IdentifierToken))
        {
            // Where any member may start, name the category rather than seven tokens.
            kinds.RemoveAll(kind => kind is SyntaxKind.RecordKeyword or SyntaxKind.PartyKeyword or SyntaxKind.PersonKeyword
                or SyntaxKind.MeetingKeyword or SyntaxKind.TalksKeyword or SyntaxKind.OutcomeKeyword or SyntaxKind.PolicyKeyword or SyntaxKind.UseKeyword
                or SyntaxKind.AgreementKeyword or SyntaxKind.MilestoneKeyword or SyntaxKind.IdentifierToken);
            words.Add("a declaration");
            words.Add("a statement");
        }

        var clauses = kinds.FindAll(SyntaxFacts.IsClauseKeyword);
        var dates = kinds.FindAll(SyntaxFacts.IsDateWord);
        foreach (var kind in kinds)
        {
            if (SyntaxFacts.IsVerb(kind))
            {
                if (verbs.Count > 3) words.Add("a verb (commits, says, demands, ...)");
                else words.AddRange(verbs.ConvertAll(verb => "'" + verb.Singular + "'"));
                continue;
            }

            if (clauses.Count > 3 && SyntaxFacts.IsClauseKeyword(kind))
            {
                if (kind == clauses[0]) words.Add("a clause (to, by, on, if, ...)");
                continue;
            }

            if (dates.Count > 3 && (SyntaxFacts.IsDateWord(kind) || IsDateLiteral(kind)))
            {
                if (kind == dates[0]) words.Add("a date");
                continue;
            }

            var word = SyntaxFacts.GetDisplayName(kind);
            if (!words.Contains(word)) words.Add(word);
        }

        if (words.Count > 8) words.RemoveRange(8, words.Count - 8);
        return Diagnostics.DiagnosticCatalog.JoinAlternatives(words);
    }

    /// <summary>How the offending token is named in a message.</summary>
    public static string DescribeFound(IToken token)
    {
        var kind = TokenKinds.FromTokenType(token.Type);
        var text = Diagnostics.DiagnosticCatalog.Printable(token.Text ?? "");
        return kind switch
        {
            SyntaxKind.EndOfFileToken => "end of file",
            SyntaxKind.IdentifierToken => $"name '{text}'",
            SyntaxKind.StringLiteralToken or SyntaxKind.UnterminatedStringLiteralToken => $"string {text}",
            _ when SyntaxFacts.IsKeyword(kind) => $"keyword '{text}'",
            _ => $"'{text}'",
        };
    }

    private static bool IsDateLiteral(SyntaxKind kind) =>
        kind is SyntaxKind.DateLiteralToken or SyntaxKind.WeekLiteralToken or SyntaxKind.MonthLiteralToken or SyntaxKind.NumberLiteralToken;
}
