using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Language;

/// <summary>
/// The verb table is the one list of verbs: every copy outside C# (the ANTLR grammar, the TextMate
/// grammar, docs/language.md, the JSON schema) is compared with it, so a verb added to one and not
/// the others fails here (CONTRIBUTING.md, "Add a statement verb").
/// </summary>
public sealed class VerbTableTests
{
    public static TheoryData<string> KeywordVerbs()
    {
        var data = new TheoryData<string>();
        foreach (var verb in Verbs.WithKeyword) data.Add(verb.Singular);
        return data;
    }

    [Fact]
    public void Every_statement_kind_has_one_row_named_as_the_json_names_it()
    {
        Assert.Equal(Enum.GetValues<StatementKind>().OrderBy(kind => kind), Verbs.All.Select(verb => verb.Kind).OrderBy(kind => kind));
        foreach (var verb in Verbs.All)
        {
            Assert.Same(verb, Verbs.Of(verb.Kind));
            // One naming everywhere: the enum member with a lower-case first letter ("reportedSpeech").
            Assert.Equal(char.ToLowerInvariant(verb.Kind.ToString()[0]) + verb.Kind.ToString()[1..], verb.Name);
        }
    }

    [Fact]
    public void Every_keyword_verb_has_a_singular_and_a_plural_and_settling_verbs_a_past_participle()
    {
        foreach (var verb in Verbs.WithKeyword)
        {
            Assert.True(verb.Spellings.Count >= 2, verb.Name);
            Assert.Same(verb, Verbs.FromSpelling(verb.Singular));
            Assert.Same(verb, Verbs.FromSpelling(verb.Plural));
            var replies = verb.Kind is StatementKind.Acceptance or StatementKind.Rejection or StatementKind.Answer;
            Assert.Equal(verb.Commitment is CommitmentEffect.Settles or CommitmentEffect.Violates || replies || verb.Object == VerbObject.Milestone, verb.Settled is not null);
            Assert.Equal(verb.Commitment is CommitmentEffect.Settles or CommitmentEffect.Violates, verb.Object == VerbObject.Commitment);
        }
    }

    [Fact]
    public void The_lexer_has_one_token_per_verb_named_after_its_singular_with_the_same_spellings()
    {
        var rules = LexerRules("Statement verbs");

        Assert.Equal(
            Verbs.WithKeyword.Select(verb => verb.Singular.ToUpperInvariant() + " : " + string.Join(" | ", verb.Spellings.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal),
            rules.Select(rule => rule.Name + " : " + string.Join(" | ", rule.Spellings.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_parser_takes_every_verb_as_a_predicate_and_the_reportable_ones_as_reported_acts()
    {
        var parser = File.ReadAllText(Path.Combine(RepoPaths.Root, "grammar", "NegotiationParser.g4"));

        Assert.Equal(Tokens(Verbs.WithKeyword), RuleTokens(parser, "predicate"));
        Assert.Equal(Tokens(Verbs.WithKeyword.Where(verb => verb.CanBeReported)), RuleTokens(parser, "reported"));
    }

    [Fact]
    public void The_textmate_grammar_colours_every_spelling_of_every_verb_and_nothing_else_as_a_verb()
    {
        using var grammar = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "vscode", "syntaxes", "neg.tmLanguage.json")));
        var pattern = grammar.RootElement.GetProperty("repository").GetProperty("keywords").GetProperty("patterns").EnumerateArray()
            .Single(item => item.TryGetProperty("name", out var name) && name.GetString() == "keyword.other.verb.neg")
            .GetProperty("match").GetString()!;
        var alternatives = Regex.Match(pattern, @"^\(\?:([a-z_|]+)\)").Groups[1].Value.Split('|');

        Assert.Equal(AllSpellings(), alternatives.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_language_reference_lists_every_verb_with_its_spellings_and_its_form()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Docs, "language.md"));
        var spellingRows = Section(lines, "### 2.4 Keywords").SkipWhile(line => !line.StartsWith("**Verbs**", StringComparison.Ordinal))
            .SkipWhile(line => line != "| --- | --- |").Skip(1).TakeWhile(line => line.StartsWith('|')).ToList();
        var formRows = Section(lines, "### 10.3 Verbs").Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var grammar = string.Join("\n", lines.SkipWhile(line => line != "## 3. Grammar summary").Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)));

        Assert.Equal(
            Verbs.WithKeyword.Select(verb => $"| {verb.Singular} | " + string.Join(", ", verb.Spellings.Select(spelling => $"`{spelling}`")) + " |").Order(StringComparer.Ordinal),
            spellingRows.Order(StringComparer.Ordinal));
        Assert.Equal(
            Verbs.WithKeyword.Select(verb => verb.Singular).Order(StringComparer.Ordinal),
            formRows.Select(row => Regex.Match(row, "^\\| `([a-z]+)`").Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
        Assert.All(Verbs.WithKeyword, verb => Assert.Contains($"\"{verb.Singular}\"", grammar, StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_schema_names_every_kind_and_every_reportable_kind()
    {
        using var schema = JsonDocument.Parse(RecordSchema.Text);
        var definitions = schema.RootElement.GetProperty("$defs");

        Assert.Equal(
            Verbs.All.Select(verb => verb.Name).Append("meeting").Order(StringComparer.Ordinal),
            KindEnum(definitions.GetProperty("event")).Order(StringComparer.Ordinal));
        // A reported act whose verb is missing is a statement, as an unreported one is.
        Assert.Equal(
            Verbs.All.Where(verb => verb.CanBeReported).Select(verb => verb.Name).Append("statement").Order(StringComparer.Ordinal),
            KindEnum(definitions.GetProperty("reported")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(KeywordVerbs))]
    public void Every_spelling_lexes_as_a_verb_and_parses_to_its_statement_kind(string singular)
    {
        var verb = Verbs.FromSpelling(singular)!;
        foreach (var spelling in verb.Spellings)
        {
            var text = verb.Object switch
            {
                VerbObject.Commitment => $"c: A commits \"x\";\nA {spelling} c;",
                VerbObject.Agreement => $"d: agreement \"x\";\nA {spelling} d;",
                VerbObject.IntoForce => $"d: agreement \"x\";\nd {spelling} into force;",
                VerbObject.Milestone => $"m: milestone \"x\";\nm {spelling};",
                VerbObject.TargetAndText => $"A {spelling} B \"x\";",
                _ => $"A {spelling} \"x\";",
            };
            var tree = SyntaxTree.ParseText(text);

            Assert.Empty(tree.Diagnostics);
            var predicate = tree.Root.DescendantNodesAndSelf().OfType<PredicateSyntax>().Last();
            Assert.Equal(SyntaxKind.VerbKeyword, predicate.VerbKeyword.Kind);
            Assert.Same(verb, predicate.Verb);
        }
    }

    [Fact]
    public void A_reported_act_takes_the_verb_of_the_reported_statement()
    {
        var tree = SyntaxTree.ParseText("Ryabkov says West refuse \"x\";");

        var outer = tree.Root.DescendantNodesAndSelf().OfType<PredicateSyntax>().First();
        Assert.Equal(StatementKind.ReportedSpeech, outer.Verb.Kind);
        Assert.Equal("says", outer.VerbKeyword.Text);
        Assert.Equal(StatementKind.Rejection, Assert.IsType<ReportedSpeechSyntax>(outer.Content).Predicate.Verb.Kind);
    }

    private static IOrderedEnumerable<string> AllSpellings() => Verbs.WithKeyword.SelectMany(verb => verb.Spellings).Order(StringComparer.Ordinal);

    private static List<string> Tokens(IEnumerable<Verb> verbs) => verbs.Select(verb => verb.Singular.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> KindEnum(JsonElement definition) =>
        definition.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(kind => kind.GetString()!);

    /// <summary>The token that starts each alternative of a parser rule (<c>predicate : COMMITS string | SAYS ...</c>).</summary>
    private static List<string> RuleTokens(string grammar, string rule)
    {
        var body = Regex.Match(grammar, $@"^{rule}\s*:(.*?)^\s*;", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(body, @"(?:^|\|)\s*([A-Z][A-Z_]*)\b", RegexOptions.Multiline).Select(match => match.Groups[1].Value)
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<(string Name, string[] Spellings)> LexerRules(string section)
    {
        var rules = new List<(string, string[])>();
        var current = "";
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "grammar", "NegotiationLexer.g4")))
        {
            var heading = Regex.Match(line, @"^// -+ (.+?) -*$");
            if (heading.Success) current = heading.Groups[1].Value;
            var rule = Regex.Match(line, @"^([A-Z][A-Z_]*)\s*:\s*(.*?)\s*;\s*$");
            if (rule.Success && current.StartsWith(section, StringComparison.Ordinal))
                rules.Add((rule.Groups[1].Value, Regex.Matches(rule.Groups[2].Value, "'([^']*)'").Select(match => match.Groups[1].Value).ToArray()));
        }

        return rules;
    }

    private static IEnumerable<string> Section(string[] lines, string heading) =>
        lines.SkipWhile(line => line != heading).Skip(1).TakeWhile(line => !line.StartsWith("#", StringComparison.Ordinal));
}
