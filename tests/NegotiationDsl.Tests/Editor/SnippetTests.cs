using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Editor;

/// <summary>
/// The extension's snippets cover the language and insert valid text. Coverage is measured against the compiler's own
/// tables, the keywords (<see cref="SyntaxFacts"/>) and the verb table (<see cref="Verbs"/>), so a keyword or a statement
/// kind added to the language without a snippet fails here.
/// </summary>
public sealed class SnippetTests
{
    private const string Hole = "\u0001";

    /// <summary>Where a snippet may stand: as a member of a file, as an attribute of a meeting, or as a clause of a statement.</summary>
    private static readonly string[] Contexts =
    [
        Hole + "\n",
        "meeting Geneva 2022-01-21 " + Hole + " < >\n",
        "USA commits \"to respond\" " + Hole + ";\n",
    ];

    public static TheoryData<string> SnippetNames()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in EditorSnippets.All()) data.Add(snippet.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Every_expansion_of_a_snippet_parses_without_a_syntax_error_in_one_context(string name)
    {
        var snippet = EditorSnippets.All().Single(candidate => candidate.Name == name);
        foreach (var expansion in EditorSnippets.Expansions(snippet.Body))
        {
            var attempts = Contexts.Select(context => context.Replace(Hole, expansion, StringComparison.Ordinal))
                .Select(text => (Text: text, Errors: SyntaxErrors(text)))
                .ToList();
            if (attempts.Any(attempt => attempt.Errors.Count == 0)) continue;
            Assert.Fail($"'{name}' expands to text with syntax errors wherever it is put:\n" +
                string.Join("\n", attempts.Select(attempt => attempt.Text + string.Join("\n", attempt.Errors))));
        }
    }

    [Fact]
    public void Every_keyword_that_makes_a_construct_is_in_a_snippet()
    {
        // Date words are values inside a date (completion offers them), not constructs of their own; verbs are
        // counted by their statement kinds below.
        var used = EditorSnippets.All()
            .SelectMany(snippet => EditorSnippets.Expansions(snippet.Body))
            .SelectMany(expansion => SyntaxTree.ParseTokens(expansion))
            .Select(token => token.Kind)
            .ToHashSet();
        var missing = SyntaxFacts.Keywords
            .Where(kind => !SyntaxFacts.IsDateWord(kind) && !SyntaxFacts.IsVerb(kind) && !used.Contains(kind))
            .Select(kind => SyntaxFacts.GetKeywordSpellings(kind)[0]);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_statement_kind_of_the_verb_table_is_made_by_a_snippet()
    {
        var made = new HashSet<StatementKind>();
        foreach (var expansion in EditorSnippets.All().SelectMany(snippet => EditorSnippets.Expansions(snippet.Body)))
        {
            var tree = SyntaxTree.ParseText(expansion);
            if (tree.Diagnostics.Any(IsSyntaxError)) continue;
            foreach (var node in tree.Root.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case PredicateSyntax predicate: made.Add(predicate.Verb.Kind); break;
                    case OutcomeStatementSyntax: made.Add(StatementKind.Outcome); break;
                    case MilestoneStatementSyntax: made.Add(StatementKind.Milestone); break;
                }
            }
        }

        Assert.Empty(Verbs.All.Select(verb => verb.Kind).Where(kind => !made.Contains(kind)).Select(kind => Verbs.Of(kind).Name));
    }

    [Fact]
    public void Every_snippet_has_a_prefix_of_its_own_and_a_description()
    {
        var snippets = EditorSnippets.All();

        Assert.NotEmpty(snippets);
        Assert.Empty(snippets.GroupBy(snippet => snippet.Prefix).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.Empty(snippets.Where(snippet => string.IsNullOrWhiteSpace(snippet.Description)).Select(snippet => snippet.Name));
    }

    [Fact]
    public void The_expander_takes_defaults_mirrors_and_every_option_of_a_choice()
    {
        Assert.Equal(["a b a ", "a c a "], EditorSnippets.Expansions("${1:a} ${2|b,c|} $1 $0"));
        Assert.Equal(["x $y} z"], EditorSnippets.Expansions("${1:x} \\$y\\} ${2:${3:z}}"));
        Assert.Throws<FormatException>(() => EditorSnippets.Expansions("$TM_FILENAME"));
        Assert.Throws<FormatException>(() => EditorSnippets.Expansions("${1:open"));
    }

    private static List<string> SyntaxErrors(string text) =>
        SyntaxTree.ParseText(text).Diagnostics.Where(IsSyntaxError).Select(diagnostic => diagnostic.ToString()).ToList();

    private static bool IsSyntaxError(NegotiationDsl.Diagnostics.Diagnostic diagnostic) => diagnostic.Code.StartsWith("NEG1", StringComparison.Ordinal);
}
