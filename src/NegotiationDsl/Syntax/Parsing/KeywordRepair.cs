using System;
using System.Linq;
using System.Collections.Generic;
using Antlr4.Runtime;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// Turns "meting Geneva ..." into one precise diagnostic instead of a cascade. When a syntax error sits
/// on (or right after) a word that is close to a keyword, the word is retyped as that keyword and the
/// file parsed again; the repair is kept only when the parse gets further. Bounded: a few re-parses,
/// and only for files small enough that re-parsing is cheap.
/// </summary>
internal static class KeywordRepair
{
    public const int MaxTextLength = 256 * 1024;

    /// <summary>A file with more errors than this is not a few typos but garbage: repair would only cost time.</summary>
    public const int MaxErrors = 16;
    private const int MaxParses = 24;

    public static void Run(ParseRun run, Dictionary<int, int> repairs)
    {
        var parses = 0;
        while (run.Errors.Count > 0 && TryOneRepair(run, repairs, ref parses))
        {
        }
    }

    /// <summary>Keeps the first retyping that lowers the error count; otherwise restores the original parse.</summary>
    private static bool TryOneRepair(ParseRun run, Dictionary<int, int> repairs, ref int parses)
    {
        var before = Progress(run);
        var triedAny = false;
        foreach (var error in run.Errors.ToArray())
        {
            foreach (var token in CandidateTokens(run.Tokens, error.OffendingToken))
            {
                if (token.Type != NegotiationLexer.IDENTIFIER || repairs.ContainsKey(token.TokenIndex)) continue;
                foreach (var keyword in ClosestKeywords(token.Text))
                {
                    if (parses >= MaxParses) return Restore(run, triedAny);
                    parses++;
                    triedAny = true;
                    var retyped = (IWritableToken)token;
                    retyped.Type = keyword;
                    run.Parse();
                    if (IsBetter(Progress(run), before))
                    {
                        repairs[token.TokenIndex] = keyword;
                        return true;
                    }

                    retyped.Type = NegotiationLexer.IDENTIFIER;
                }
            }
        }

        return Restore(run, triedAny);
    }

    /// <summary>
    /// How far the parse got: where its first error is, and how many errors there are. One mistake can
    /// hide the next (recovery skips over it), so a repair that moves the first error later is progress
    /// even when the count does not drop.
    /// </summary>
    private static (int FirstError, int Count) Progress(ParseRun run) =>
        (run.Errors.Count == 0 ? int.MaxValue : run.Errors.Min(error => error.OffendingToken.TokenIndex), run.Errors.Count);

    private static bool IsBetter((int FirstError, int Count) after, (int FirstError, int Count) before) =>
        after.FirstError > before.FirstError || (after.FirstError == before.FirstError && after.Count < before.Count);

    private static bool Restore(ParseRun run, bool triedAny)
    {
        // The last attempt parsed with a retyped token: parse again so the tree matches the tokens.
        if (triedAny) run.Parse();
        return false;
    }

    private static IEnumerable<IToken> CandidateTokens(IList<IToken> tokens, IToken offending)
    {
        yield return offending;
        for (var i = offending.TokenIndex - 1; i >= 0; i--)
        {
            if (tokens[i].Channel == TokenConstants.DefaultChannel)
            {
                yield return tokens[i];
                yield break;
            }
        }
    }

    /// <summary>Keyword token types within a small edit distance (case ignored), closest first.</summary>
    internal static List<int> ClosestKeywords(string word)
    {
        var maxDistance = MaxDistance(word);
        var folded = word.ToLowerInvariant();
        var found = new List<(int Distance, int TokenType)>();
        foreach (var (type, spellings) in TokenKinds.Keywords())
        {
            var best = int.MaxValue;
            foreach (var spelling in spellings)
                best = Math.Min(best, EditDistance.Within(folded, spelling, maxDistance));
            if (best <= maxDistance) found.Add((best, type));
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.TokenType.CompareTo(b.TokenType));
        return found.ConvertAll(item => item.TokenType);
    }

    /// <summary>The spelling of the keyword token type <paramref name="keyword"/> closest to what was typed (for "did you mean").</summary>
    internal static string ClosestSpelling(string word, int keyword)
    {
        var maxDistance = MaxDistance(word);
        var folded = word.ToLowerInvariant();
        var best = "";
        var bestDistance = int.MaxValue;
        foreach (var spelling in Spellings(keyword))
        {
            var distance = EditDistance.Within(folded, spelling, maxDistance);
            if (distance < bestDistance)
            {
                best = spelling;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static IReadOnlyList<string> Spellings(int tokenType) =>
        TokenKinds.VerbOf(tokenType)?.Spellings ?? SyntaxFacts.GetKeywordSpellings(TokenKinds.FromTokenType(tokenType));

    /// <summary>How far a word may be from a keyword to be taken for a misspelling of it.</summary>
    private static int MaxDistance(string word) => word.Length <= 6 ? 1 : 2;
}
