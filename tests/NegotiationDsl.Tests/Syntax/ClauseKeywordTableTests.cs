using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The tree builder tells clause and attribute alternatives apart by their first keyword, so a keyword the grammar
/// gains must get its own row in the builder's table. The keywords are read from the grammar itself.
/// </summary>
public sealed class ClauseKeywordTableTests
{
    private static string Grammar => Path.Combine(RepoPaths.Root, "grammar");

    [Fact]
    public void Every_keyword_starting_a_clause_or_attribute_alternative_has_its_own_row()
    {
        var keywords = StartingKeywords();
        Assert.Contains(SyntaxKind.SourceKeyword, keywords);
        Assert.Contains(SyntaxKind.WithinKeyword, keywords);
        Assert.All(keywords, keyword => Assert.True(Enum.IsDefined(SyntaxTreeBuilder.KeywordClauseKind(keyword))));
    }

    [Fact]
    public void A_keyword_without_a_row_fails_instead_of_passing_for_another_clause()
    {
        Assert.Throws<InvalidOperationException>(() => SyntaxTreeBuilder.KeywordClauseKind(SyntaxKind.PartyKeyword));
    }

    /// <summary>The keyword each alternative of <c>clause</c> and of every <c>...Attribute</c> rule starts with (both of a group like <c>(IN | WITHIN)</c>).</summary>
    private static HashSet<SyntaxKind> StartingKeywords()
    {
        var spellings = Regex.Matches(File.ReadAllText(Path.Combine(Grammar, "NegotiationLexer.g4")), @"^([A-Z_]+)\s*:\s*'([^']+)'\s*;", RegexOptions.Multiline)
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        var parser = Regex.Replace(File.ReadAllText(Path.Combine(Grammar, "NegotiationParser.g4")), "//[^\n]*", "");
        var rules = Regex.Matches(parser, @"^(clause|\w+Attribute)\s*:(.*?);", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.Equal(6, rules.Count);

        var keywords = new HashSet<SyntaxKind>();
        foreach (var alternative in rules.SelectMany(rule => TopLevelAlternatives(rule.Groups[2].Value)))
        {
            var first = alternative.Trim();
            var heads = first.StartsWith('(')
                ? first[1..first.IndexOf(')', StringComparison.Ordinal)].Split('|')
                : [first.Split((char[])[' ', '\n', '\r', '\t'], 2)[0]];
            foreach (var head in heads.Select(head => head.Trim()))
            {
                // A rule reference (a date, an approximation) starts a node, not a keyword; DURATION is a literal.
                if (!spellings.TryGetValue(head, out var spelling)) continue;
                var kind = SyntaxFacts.GetKeywordKind(spelling);
                Assert.True(SyntaxFacts.IsKeyword(kind), head + " is not a keyword");
                keywords.Add(kind);
            }
        }

        return keywords;
    }

    private static IEnumerable<string> TopLevelAlternatives(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '(') depth++;
            else if (body[i] == ')') depth--;
            else if (body[i] == '|' && depth == 0)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }

        yield return body[start..];
    }
}
