using System.Collections.Generic;
using Antlr4.Runtime.Atn;
using NegotiationDsl.Syntax.Parsing.Generated;

namespace NegotiationDsl.Syntax.Parsing;

/// <summary>
/// The lexer rules that match a fixed set of strings (keywords such as <c>commits | commit</c>, punctuation such as
/// <c>..</c>), read from the generated lexer's ATN so that <see cref="HandWrittenLexer"/> keeps no keyword list of its
/// own: a keyword added to the grammar is a keyword to both lexers. Every other rule is written by hand there, and a
/// test fails when the grammar has a rule that is neither.
/// </summary>
internal static class LexerLiterals
{
    /// <summary>Literals made of name characters (an identifier would match them too), by spelling: the token type.</summary>
    public static readonly KeywordTable Words;

    /// <summary>The other literals by their first character (all ASCII), longest first: spelling and token type.</summary>
    public static readonly (string Text, int Type)[]?[] Punctuation = new (string, int)[]?[128];

    /// <summary>The token types of rules that match a fixed set of strings.</summary>
    public static readonly HashSet<int> Types = new();

    /// <summary>Literal rules whose spellings the hand-written lexer would not see as a word or as punctuation.</summary>
    public static readonly List<string> Unsupported = new();

    static LexerLiterals()
    {
        var atn = NegotiationLexer._ATN;
        var words = new List<(string, int)>();
        var punctuation = new List<(string Text, int Type)>();
        for (var rule = 0; rule < atn.ruleToStartState.Length; rule++)
        {
            var type = atn.ruleToTokenType[rule];
            if (type <= 0) continue; // a fragment
            var spellings = new List<string>();
            if (!Spell(atn.ruleToStartState[rule], "", new HashSet<int>(), spellings)) continue;
            Types.Add(type);
            foreach (var spelling in spellings)
            {
                if (IsWord(spelling)) words.Add((spelling, type));
                else if (spelling.Length > 0 && spelling[0] < 128 && !StartsHandWrittenRule(spelling[0])) punctuation.Add((spelling, type));
                else Unsupported.Add($"{NegotiationLexer.DefaultVocabulary.GetSymbolicName(type)} '{spelling}'");
            }
        }

        Words = new KeywordTable(words);
        // Longest first; among equals the earlier rule, as ANTLR breaks ties.
        punctuation.Sort((a, b) => a.Text.Length != b.Text.Length ? b.Text.Length.CompareTo(a.Text.Length) : a.Type.CompareTo(b.Type));
        foreach (var group in punctuation)
        {
            var first = group.Text[0];
            var list = new List<(string, int)>(Punctuation[first] ?? []) { group };
            Punctuation[first] = list.ToArray();
        }
    }

    /// <summary>
    /// Adds every string the rule from <paramref name="state"/> matches to <paramref name="spellings"/>; false if it
    /// matches anything but a finite set of strings (a set, a range, a loop, a fragment, a lexer command).
    /// </summary>
    private static bool Spell(ATNState state, string prefix, HashSet<int> onPath, List<string> spellings)
    {
        if (state is RuleStopState)
        {
            spellings.Add(prefix);
            return true;
        }

        if (!onPath.Add(state.stateNumber)) return false;
        try
        {
            for (var i = 0; i < state.NumberOfTransitions; i++)
            {
                var transition = state.Transition(i);
                var ok = transition switch
                {
                    AtomTransition atom => Spell(atom.target, prefix + (char)atom.token, onPath, spellings),
                    EpsilonTransition epsilon => Spell(epsilon.target, prefix, onPath, spellings),
                    _ => false,
                };
                if (!ok) return false;
            }

            return state.NumberOfTransitions > 0;
        }
        finally
        {
            onPath.Remove(state.stateNumber);
        }
    }

    /// <summary>A spelling that an identifier's first part would match in full: a keyword.</summary>
    private static bool IsWord(string spelling)
    {
        if (spelling.Length == 0 || !HandWrittenLexer.IsAsciiLetter(spelling[0]) && spelling[0] != '_') return false;
        foreach (var c in spelling)
        {
            if (!HandWrittenLexer.IsAsciiLetter(c) && c != '_' && c is not (>= '0' and <= '9')) return false;
        }

        return true;
    }

    /// <summary>Characters at which a hand-written rule starts; a literal starting with one would be overlooked.</summary>
    private static bool StartsHandWrittenRule(char c) =>
        c is '/' or '"' or ' ' or '\t' or '\f' or '\v' or '\r' or '\n' or (>= '0' and <= '9') or (>= '\u0000' and <= '\u0005');

    /// <summary>Spellings to token types, looked up by a span of the source without making a string.</summary>
    internal sealed class KeywordTable
    {
        private readonly string?[] _spellings;
        private readonly int[] _types;
        private readonly int _mask;

        public KeywordTable(List<(string Text, int Type)> words)
        {
            var size = 16;
            while (size < words.Count * 4) size *= 2;
            _spellings = new string?[size];
            _types = new int[size];
            _mask = size - 1;
            foreach (var (text, type) in words)
            {
                MaxLength = System.Math.Max(MaxLength, text.Length);
                var slot = Hash(text, 0, text.Length) & _mask;
                while (_spellings[slot] is { } taken && taken != text) slot = (slot + 1) & _mask;
                // The first rule to spell a word wins, as ANTLR breaks ties by rule order.
                if (_spellings[slot] is not null) continue;
                _spellings[slot] = text;
                _types[slot] = type;
            }
        }

        /// <summary>The length of the longest spelling: a longer word is no keyword.</summary>
        public int MaxLength { get; }

        /// <summary>The token type of <c>text[start..start+length)</c>, or 0 if it spells no keyword.</summary>
        public int Find(string text, int start, int length)
        {
            var slot = Hash(text, start, length) & _mask;
            while (_spellings[slot] is { } spelling)
            {
                if (spelling.Length == length && string.CompareOrdinal(spelling, 0, text, start, length) == 0) return _types[slot];
                slot = (slot + 1) & _mask;
            }

            return 0;
        }

        private static int Hash(string text, int start, int length)
        {
            var hash = length * 31;
            for (var i = start; i < start + length; i++) hash = (hash * 33) ^ text[i];
            return hash & int.MaxValue;
        }
    }
}
