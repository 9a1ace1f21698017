using System;
using System.IO;
using System.Linq;
using CsCheck;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>Random and mutated inputs never throw and always keep every tree invariant (round trip included).</summary>
public sealed class PropertyTests
{
    /// <summary>Pieces of the language and of trouble: generated programs are mostly near-valid.</summary>
    private static readonly string[] Fragments =
    {
        "meeting", "talks", "party", "person", "record", "outcome", "office", "of", "from", "until", "with", "at", "format",
        "commits", "says", "calls", "demands", "rejects", "agree", "expects", "no", "fulfils", "by", "to", "on", "if", "after", "quote",
        "Blinken", "Лавров", "West", "c1", "<", ">", ";", ",", ":", "..", " ", " ", "\n", "\r\n", "\t",
        "\"written response\"", "\"", "\\", "\\\"", "\\u00e9", "2022-01-21", "2022-W03", "2022-01", "2022", "13:00", "1.5h", "90min",
        "next_week", "in", "3", "days", "ago", "within", "coming_days", "//", "/*", "*/", "\0", "\uFEFF", "@", "\u202E", "\uD83D\uDE00",
        "use", "as", "\"../actors\"", "delegation", "led", "geneva.written_response", "a.", ".b", ".",
    };

    private static readonly Gen<string> GenProgram =
        Gen.OneOf(Fragments).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> GenAnyText = Gen.String[Gen.Char, 0, 200];

    [Fact]
    public void Programs_made_of_language_fragments_never_break_an_invariant()
    {
        GenProgram.Sample(text => TreeInvariants.Check(SyntaxTree.ParseText(text)), iter: 2000);
    }

    [Fact]
    public void Arbitrary_unicode_text_never_breaks_an_invariant()
    {
        GenAnyText.Sample(text => TreeInvariants.Check(SyntaxTree.ParseText(text)), iter: 1000);
    }

    [Fact]
    public void Mutated_examples_never_break_an_invariant()
    {
        var examples = Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray();
        Assert.NotEmpty(examples);

        var genMutant =
            from example in Gen.OneOf(examples)
            from edits in Gen.Select(Gen.Int[0, 3], Gen.Double.Unit, Gen.Double.Unit, Gen.OneOf(Fragments)).Array[1, 6]
            select Mutate(example, edits);

        genMutant.Sample(text => TreeInvariants.Check(SyntaxTree.ParseText(text)), iter: 300);
    }

    /// <summary>Applies byte- and token-level edits: delete a range, insert a fragment, duplicate a range, cut one character.</summary>
    private static string Mutate(string text, (int Kind, double Where, double Length, string Fragment)[] edits)
    {
        foreach (var (kind, where, length, fragment) in edits)
        {
            if (text.Length == 0)
            {
                text = fragment;
                continue;
            }

            var start = (int)(where * text.Length);
            var count = Math.Min(text.Length - start, (int)(length * 40));
            text = kind switch
            {
                0 => text.Remove(start, count),
                1 => text.Insert(start, fragment),
                2 => text.Insert(start, text.Substring(start, count)),
                _ => start < text.Length ? text.Remove(start, 1) : text,
            };
        }

        return text;
    }
}
