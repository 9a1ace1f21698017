using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Fuzz.Mutation;

/// <summary>
/// Token-level mutations: the seed is lexed, and whole tokens are deleted, duplicated, swapped, moved,
/// replaced by other tokens of the language (or by near-misses of them), glued to their neighbours or
/// spliced with tokens of another seed. The result stays close to the language, so it travels deeper into
/// the parser's recovery and the binder than random bytes do.
/// </summary>
internal static class TokenMutator
{
    /// <summary>Every keyword spelling and punctuation mark, plus the tokens (and near-tokens) that cause trouble.</summary>
    private static readonly string[] Dictionary = SyntaxFacts.Keywords.SelectMany(SyntaxFacts.GetKeywordSpellings)
        .Concat(["<", ">", ";", ",", ":", "..", "<<", ">>", ";;", ".", "..."])
        .Concat(["Blinken", "Lavrov", "next_week", "written_response", "Meeting", "meting", "comits", "Commits", "_", "x1"])
        .Concat(["\"text\"", "\"", "\"unterminated", "\"\\", "\"\\q\"", "\"\\u12\"", "\"\\uD800\"", "\"a;b\"", "/*", "*/", "//", "/* open"])
        .Concat(["2022-01-21", "2022-02-30", "2022-13-01", "0000-00-00", "9999-12-31", "2022-W53", "2022-W00", "2021-W53", "2022-01", "2022-00"])
        .Concat(["2022", "22", "99999999999999999999", "1.5", "0", "00:00", "24:00", "99:99", "1.5h", "0min", "99999999d", "1h30min", "1.5h30min"])
        .Concat(["@", "#", "$", "?", "-", "\\", "\u0000", "\uFEFF", "\u2028", "\u0085", "\u202E", "\uD800", "\uDC00", "😀", "Лавров"])
        .ToArray();

    public static string Mutate(string seed, IReadOnlyList<string> others, Random random)
    {
        var tokens = Pieces(seed);
        var edits = 1 + random.Next(random.Next(6) == 0 ? 20 : 3);
        for (var i = 0; i < edits; i++) Edit(tokens, others, random);
        return string.Concat(tokens);
    }

    /// <summary>Each token with the trivia around it, so that concatenating the pieces gives the text back.</summary>
    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        foreach (var token in SyntaxTree.ParseTokens(text))
        {
            var span = token.FullSpan;
            pieces.Add(text.Substring(span.Start, span.Length));
        }

        return pieces;
    }

    private static void Edit(List<string> tokens, IReadOnlyList<string> others, Random random)
    {
        if (tokens.Count == 0)
        {
            tokens.Add(Word(random));
            return;
        }

        var at = random.Next(tokens.Count);
        switch (random.Next(9))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, tokens[at]);
                break;
            case 2:
                var other = random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            case 3:
            case 4:
                tokens[at] = Word(random);
                break;
            case 5:
                tokens.Insert(at, Word(random));
                break;
            case 6:
                // Glue: the token loses its trivia and touches its neighbours.
                tokens[at] = tokens[at].Trim();
                break;
            case 7:
                var length = Math.Min(tokens.Count - at, random.Next(1, 30));
                var range = tokens.GetRange(at, length);
                tokens.RemoveRange(at, length);
                tokens.InsertRange(random.Next(tokens.Count + 1), range);
                break;
            default:
                // Splice: the rest of the text comes from another seed, from a random token on.
                var donor = Pieces(others[random.Next(others.Count)]);
                var from = random.Next(donor.Count + 1);
                tokens.RemoveRange(at, tokens.Count - at);
                tokens.AddRange(donor.Skip(from));
                break;
        }
    }

    public static string Word(Random random)
    {
        var word = Dictionary[random.Next(Dictionary.Length)];
        return random.Next(3) switch
        {
            0 => word,
            1 => " " + word,
            _ => " " + word + (random.Next(2) == 0 ? "\n" : " "),
        };
    }

    /// <summary>Text of random UTF-16 code units, lone surrogates included, weighted toward the language's own characters.</summary>
    public static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(maxLength + 1);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0x10000),
                1 => (char)random.Next(0x20, 0x7F),
                _ => Dictionary[random.Next(Dictionary.Length)] + " ",
            });
        }

        return text.ToString();
    }
}
