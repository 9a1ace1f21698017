using System.Collections.Generic;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// For each non-ASCII UTF-16 code unit, the ASCII stand-in <see cref="SourceCharStream"/> shows the
/// lexer. The classes are read from the lexer's own ATN (the character sets of the LETTER, DIGIT_CHAR,
/// MARK and WHITESPACE rules), so they match the Unicode tables of the ANTLR tool that generated the
/// lexer, not the (newer) tables of the running .NET.
/// </summary>
internal static class LexerCharacterClasses
{
    // 'J' and '`' occur in no keyword and no explicit character set of the lexer grammar.
    private const char LetterStandIn = 'J';
    private const char OtherStandIn = '`';
    private const char SpaceStandIn = ' ';

    /// <summary>Indexed by code unit; built on first use, which only text with non-ASCII characters needs.</summary>
    public static readonly char[] StandIns = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++) table[c] = c < 128 ? (char)c : OtherStandIn;
        Fill(table, RuleCharacters("LETTER"), _ => LetterStandIn);
        // Digits and marks may continue a name but not start one; no ASCII character does that.
        Fill(table, RuleCharacters("DIGIT_CHAR"), c => c);
        Fill(table, RuleCharacters("MARK"), c => c);
        Fill(table, RuleCharacters("WHITESPACE"), _ => SpaceStandIn);
        // Line and paragraph separators and the byte order mark are tokens of their own.
        Fill(table, RuleCharacters("END_OF_LINE"), c => c);
        Fill(table, RuleCharacters("BYTE_ORDER_MARK"), c => c);
        return table;
    }

    private static void Fill(char[] table, List<Interval> intervals, System.Func<char, char> standIn)
    {
        foreach (var interval in intervals)
        {
            for (var c = System.Math.Max(interval.a, 128); c <= System.Math.Min(interval.b, char.MaxValue); c++) table[c] = standIn((char)c);
        }
    }

    /// <summary>Every character a lexer rule matches directly (not through the rules it calls).</summary>
    private static List<Interval> RuleCharacters(string ruleName)
    {
        var atn = NegotiationLexer._ATN;
        var start = atn.ruleToStartState[System.Array.IndexOf(NegotiationLexer.ruleNames, ruleName)];
        var intervals = new List<Interval>();
        var seen = new HashSet<int>();
        var pending = new Stack<ATNState>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var state = pending.Pop();
            if (!seen.Add(state.stateNumber) || state is RuleStopState) continue;
            for (var i = 0; i < state.NumberOfTransitions; i++)
            {
                var transition = state.Transition(i);
                if (transition is RuleTransition call)
                {
                    pending.Push(call.followState);
                    continue;
                }

                if (!transition.IsEpsilon && transition.Label is { } label) intervals.AddRange(label.GetIntervals());
                pending.Push(transition.target);
            }
        }

        return intervals;
    }
}
