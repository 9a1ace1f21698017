using System.Linq;
using NegotiationDsl.Language;
using NegotiationDsl.Syntax;
using Xunit;
using static NegotiationDsl.Tests.Syntax.ParseHelper;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>Each kind of mistake gives one precise diagnostic, at a pinned position, and parsing goes on.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public void The_design_card_line_parses_without_diagnostics()
    {
        var tree = Parse("meeting Geneva 1.5h < Blinken commits \"written response\" by next_week; >");

        Assert.Empty(tree.Diagnostics);
        var meeting = Single<MeetingDeclarationSyntax>(tree);
        Assert.Equal("Geneva", ((NameSyntax)meeting.Place).Identifier.Text);
        var statement = Assert.IsType<ActorStatementSyntax>(Assert.Single(meeting.Body.Members));
        Assert.Equal(StatementKind.Commitment, statement.Predicate.Verb.Kind);
        Assert.Equal(SyntaxKind.DeadlineClause, Assert.Single(statement.Clauses).Kind);
    }

    [Fact]
    public void A_missing_semicolon_is_reported_after_the_previous_token_and_the_next_statement_still_parses()
    {
        var tree = Parse("meeting Geneva <\n  Blinken says \"one\"\n  Lavrov says \"two\";\n>\n");

        Assert.Equal(new[] { "NEG1004 (2,21)" }, Pinned(tree));
        Assert.Equal("Missing ';'.", tree.Diagnostics[0].Message);
        var statements = tree.Root.DescendantNodesAndSelf().OfType<ActorStatementSyntax>().ToList();
        Assert.Equal(2, statements.Count);
        Assert.True(statements[0].SemicolonToken.IsMissing);
        Assert.Equal("Lavrov", statements[1].Actors.Names[0].Identifier.Text);
    }

    [Fact]
    public void A_missing_greater_than_at_the_end_of_the_file_is_one_diagnostic()
    {
        var tree = Parse("meeting Geneva <\n  Blinken says \"one\";\n");

        Assert.Equal(new[] { "NEG1004 (2,22)" }, Pinned(tree));
        Assert.Equal("Missing '>'.", tree.Diagnostics[0].Message);
        Assert.True(Single<MeetingDeclarationSyntax>(tree).Body.GreaterThanToken.IsMissing);
    }

    [Fact]
    public void A_missing_greater_than_before_the_next_meeting_keeps_both_meetings()
    {
        var tree = Parse("meeting Geneva <\n  Blinken says \"one\";\nmeeting Vienna <\n  Lavrov says \"two\";\n>\n");

        Assert.Equal(new[] { "NEG1004 (2,22)" }, Pinned(tree));
        Assert.Equal(2, tree.Root.Members.Count);
    }

    [Fact]
    public void A_missing_closing_quote_is_one_diagnostic_even_when_it_hides_the_semicolon()
    {
        var tree = Parse("meeting Geneva <\n  Blinken says \"one\n  Lavrov says \"two\";\n>\n");

        Assert.Equal(new[] { "NEG1002 (2,16)" }, Pinned(tree));
        Assert.Equal(2, tree.Root.DescendantNodesAndSelf().OfType<ActorStatementSyntax>().Count());
    }

    [Fact]
    public void A_closing_quote_missing_before_the_semicolon_keeps_the_semicolon()
    {
        var tree = Parse("Blinken says \"one;\nLavrov says \"two\";\n");

        Assert.Equal(new[] { "NEG1002 (1,14)" }, Pinned(tree));
        Assert.False(tree.Root.DescendantNodesAndSelf().OfType<ActorStatementSyntax>().First().SemicolonToken.IsMissing);
    }

    [Theory]
    [InlineData("meting Geneva < Blinken says \"x\"; >", "meting", "meeting", 1)]
    [InlineData("meeting Geneva < Blinken comits \"x\"; >", "comits", "commits", 26)]
    [InlineData("meeting Geneva < Blinken commits \"x\" bye next_week; >", "bye", "by", 38)]
    [InlineData("persn Blinken \"Antony Blinken\";", "persn", "person", 1)]
    [InlineData("Meeting Geneva < Blinken says \"x\"; >", "Meeting", "meeting", 1)]
    public void A_misspelt_keyword_gets_did_you_mean_and_the_rest_parses(string text, string typed, string keyword, int column)
    {
        var tree = Parse(text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("NEG1007", diagnostic.Code);
        Assert.Equal(column, diagnostic.Location.LineSpan.Start.Character + 1);
        Assert.Equal($"Unknown word '{typed}'; did you mean '{keyword}'?", diagnostic.Message);
        var missing = tree.Root.DescendantTokens().Single(token => token.IsMissing);
        Assert.Equal(SyntaxFacts.GetKeywordKind(keyword), missing.Kind);
        // A verb's identity survives the repair although its token is missing.
        if (Verbs.FromSpelling(keyword) is { } verb) Assert.Same(verb, Assert.IsType<PredicateSyntax>(missing.Parent).Verb);
        Assert.Contains(missing.LeadingTrivia, trivia => trivia.Kind == SyntaxKind.SkippedTokensTrivia && trivia.Text == typed);
    }

    [Fact]
    public void Garbage_characters_in_the_middle_give_one_diagnostic_and_the_statement_parses()
    {
        var tree = Parse("meeting Geneva <\n  Blinken says \"x\" @@## ;\n  Lavrov says \"y\";\n>");

        Assert.Equal(new[] { "NEG1001 (2,20)" }, Pinned(tree));
        Assert.Equal("Unexpected characters '@@##' (U+0040 U+0040 U+0023 U+0023).", tree.Diagnostics[0].Message);
        Assert.Equal(2, tree.Root.DescendantNodesAndSelf().OfType<ActorStatementSyntax>().Count());
    }

    [Fact]
    public void Garbage_tokens_between_members_are_skipped_with_one_diagnostic()
    {
        var tree = Parse("party USA state;\n2022 < < ..\nparty Russia state;\n");

        Assert.Equal(new[] { "NEG1005 (2,1)" }, Pinned(tree));
        Assert.Equal(2, tree.Root.Members.Count);
        Assert.Contains(tree.Root.DescendantTokens(), token => token.LeadingTrivia.Any(trivia => trivia.Kind == SyntaxKind.SkippedTokensTrivia && trivia.Text == "2022"));
    }

    [Fact]
    public void Three_separate_syntax_errors_give_exactly_three_diagnostics_at_their_positions()
    {
        const string Text =
            "party USA state \"United States\";\n" +
            "meeting Geneva 2022-01-21 <\n" +
            "  Blinken says \"one\"\n" +
            "  Blinken commits \"two\" by next_week;\n" +
            "  Blinken says \"three\" $ ;\n" +
            "  Lavrov offers ;\n" +
            ">\n";
        var tree = Parse(Text);

        Assert.Equal(new[] { "NEG1004 (3,21)", "NEG1001 (5,24)", "NEG1004 (6,16)" }, Pinned(tree));
        Assert.Equal("Missing a string.", tree.Diagnostics[2].Message);
    }

    [Fact]
    public void An_unterminated_block_comment_is_reported_at_its_start()
    {
        var tree = Parse("party USA state;\n/* never closed\nparty Russia state;");

        Assert.Equal(new[] { "NEG1003 (2,1)" }, Pinned(tree));
        Assert.Single(tree.Root.Members);
    }

    [Fact]
    public void An_invalid_escape_is_reported_at_the_backslash()
    {
        var tree = Parse("Blinken says \"a\\qb \\u00e9 \\\" ok\";");

        Assert.Equal(new[] { "NEG1009 (1,16)" }, Pinned(tree));
        var literal = Single<StringLiteralSyntax>(tree);
        Assert.Equal("a\\qb é \" ok", literal.Value);
    }

    [Theory]
    [InlineData("use ;\nparty X state;\n", "NEG1004 (1,4)", "Missing a string.")]
    [InlineData("use as a;\nparty X state;\n", "NEG1004 (1,4)", "Missing a string.")]
    [InlineData("use \"../a\"\nparty X state;\n", "NEG1004 (1,11)", "Missing ';'.")]
    [InlineData("use \"../a\" as;\nparty X state;\n", "NEG1004 (1,14)", "Missing a name.")]
    [InlineData("use \"../a\" as \"a\";\nparty X state;\n", "NEG1005 (1,15)", "Unexpected string \"a\"; expected a name.")]
    [InlineData("use \"../a\" as says;\nparty X state;\n", "NEG1005 (1,15)", "Unexpected keyword 'says'; expected a name.")]
    [InlineData("use \"../a\" b;\nparty X state;\n", "NEG1005 (1,12)", "Unexpected name 'b'; expected ';'.")]
    [InlineData("use\n", "NEG1006 (1,4)", "Unexpected end of file; expected a string.")]
    public void A_broken_use_is_one_diagnostic_and_the_next_member_parses(string text, string pinned, string message)
    {
        var tree = Parse(text);

        Assert.Equal(new[] { pinned }, Pinned(tree));
        Assert.Equal(message, tree.Diagnostics[0].Message);
        Assert.IsType<UseDeclarationSyntax>(tree.Root.Members[0]);
        if (tree.Root.Members.Count > 1) Assert.IsType<PartyDeclarationSyntax>(tree.Root.Members[1]);
    }

    [Theory]
    [InlineData("uses \"../a\";", "uses")]
    [InlineData("ues \"../a\";", "ues")]
    public void A_misspelt_use_gets_did_you_mean(string text, string typed)
    {
        var diagnostic = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal("NEG1007", diagnostic.Code);
        Assert.Equal($"Unknown word '{typed}'; did you mean 'use'?", diagnostic.Message);
    }

    [Fact]
    public void An_unexpected_end_of_file_names_what_was_expected()
    {
        var tree = Parse("person Blinken \"Antony Blinken\" office");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("NEG1006", diagnostic.Code);
        Assert.Equal("Unexpected end of file; expected a string.", diagnostic.Message);
    }
}
