using System.Linq;
using NegotiationDsl.Syntax;
using Xunit;
using static NegotiationDsl.Tests.Syntax.ParseHelper;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>Each construct of the language becomes the node it should.</summary>
public sealed class ParserTests
{
    [Fact]
    public void Record_header_keeps_title_and_clauses()
    {
        var header = Single<RecordHeaderSyntax>(Parse("record \"Headline\" source \"RBC\" published 2022-01-21 url \"https://x\" language \"en\";"));

        Assert.Equal("Headline", header.Title!.Value);
        Assert.Equal(new[] { SyntaxKind.SourceClause, SyntaxKind.PublishedClause, SyntaxKind.UrlClause, SyntaxKind.LanguageClause }, header.Clauses.Select(c => c.Kind));
    }

    [Theory]
    [InlineData("use \"../actors\";", "../actors", null)]
    [InlineData("use \"../geneva-2022\" as geneva;", "../geneva-2022", "geneva")]
    [InlineData("use\n  \"shared/люди.neg\"\n  as люди ; // a comment", "shared/люди.neg", "люди")]
    public void Use_declaration_keeps_its_path_and_its_alias(string text, string path, string? alias)
    {
        var tree = Parse(text);

        Assert.Empty(tree.Diagnostics);
        var use = Single<UseDeclarationSyntax>(tree);
        Assert.Equal(SyntaxKind.UseDeclaration, use.Kind);
        Assert.Equal(SyntaxKind.UseKeyword, use.UseKeyword.Kind);
        Assert.Equal(path, use.Path.Value);
        Assert.Equal(alias, use.Alias?.Text);
        Assert.Equal(alias is null ? null : SyntaxKind.AsKeyword, use.AsKeyword?.Kind);
        Assert.False(use.SemicolonToken.IsMissing);
    }

    [Fact]
    public void Uses_are_members_and_may_stand_among_the_others()
    {
        var tree = Parse("record \"t\";\nuse \"../actors\";\nparty X state;\nuse \"../geneva-2022\" as geneva;\nX says \"x\";\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(
            new[] { SyntaxKind.RecordHeader, SyntaxKind.UseDeclaration, SyntaxKind.PartyDeclaration, SyntaxKind.UseDeclaration, SyntaxKind.ActorStatement },
            tree.Root.Members.Select(member => member.Kind));
    }

    [Fact]
    public void A_qualified_name_is_one_name_wherever_a_name_is_referenced()
    {
        const string Text =
            "party West bloc members a.USA and a.UK of a.NATO;\n" +
            "person P office \"Envoy\" of a.USA;\n" +
            "meeting Geneva 2022-01-21 with g.Blinken, a.Lavrov < g.Blinken says \"x\" via a.Peskov; >\n" +
            "a.USA fulfils g.written_response on 2022-01-26 after g.geneva;\n" +
            "a.USA breaks g.c2; a.USA withdraws g.c3; a.Russia rejects g.d1, g.d2; a.Russia calls g.geneva \"useful\";\n" +
            "a.Russia says g.Blinken commits \"y\" to a.Russia;\n";
        var tree = Parse(Text);

        Assert.Empty(tree.Diagnostics);
        var qualified = tree.Root.DescendantNodesAndSelf().OfType<NameSyntax>().Where(name => name.Qualifier is not null).ToList();
        Assert.Equal(23, qualified.Count);
        Assert.All(qualified, name => Assert.Equal(name.Qualifier + "." + name.SimpleName, name.Identifier.Text));
        var fulfilled = Assert.IsType<NameSyntax>(tree.Root.DescendantNodesAndSelf().OfType<PredicateSyntax>().First(p => p.Verb.Kind == StatementKind.Fulfilment).Content);
        Assert.Equal(("g", "written_response"), (fulfilled.Qualifier, fulfilled.SimpleName));
        Assert.Equal(2, QualifiedName.SimpleNameOffset(fulfilled.Identifier.Text));
        var plain = Single<PersonDeclarationSyntax>(tree);
        Assert.Equal(0, QualifiedName.SimpleNameOffset(plain.Identifier.Text));
    }

    [Fact]
    public void Party_declaration_with_kind_name_aliases_code_members_and_parent()
    {
        var tree = Parse("party West bloc \"the West\" aka \"Запад\", \"Western allies\" code \"WST\" members USA and NATO, EU;\nparty Kremlin body \"the Kremlin\" of Russia;");
        var parties = tree.Root.Members.Cast<PartyDeclarationSyntax>().ToList();

        Assert.Equal(SyntaxKind.BlocKeyword, parties[0].KindKeyword!.Kind);
        var aliases = (StringListSyntax)((KeywordClauseSyntax)parties[0].Clauses[0]).Value;
        Assert.Equal(new[] { "Запад", "Western allies" }, aliases.Strings.Select(s => s.Value));
        var members = (NameListSyntax)((KeywordClauseSyntax)parties[0].Clauses[2]).Value;
        Assert.Equal(new[] { "USA", "NATO", "EU" }, members.Names.Select(n => n.Identifier.Text));
        Assert.Equal(SyntaxKind.OfClause, parties[1].Clauses[0].Kind);
    }

    [Fact]
    public void Person_declaration_with_offices_and_validity_dates()
    {
        var person = Single<PersonDeclarationSyntax>(Parse("person Лавров \"Сергей Лавров\" office \"Minister of Foreign Affairs\" of Russia from 2004-03-09 office \"Ambassador\" until 2004;"));

        Assert.Equal("Лавров", person.Identifier.Text);
        var offices = person.Clauses.Cast<OfficeClauseSyntax>().ToList();
        Assert.Equal(2, offices.Count);
        Assert.Equal(new[] { SyntaxKind.OfClause, SyntaxKind.FromClause }, offices[0].Clauses.Select(c => c.Kind));
        Assert.Equal(SyntaxKind.UntilClause, offices[1].Clauses.Single().Kind);
    }

    [Fact]
    public void Meeting_with_label_place_date_time_duration_participants_and_format()
    {
        var meeting = Single<MeetingDeclarationSyntax>(Parse("geneva: meeting \"Hotel President Wilson\" 2022-01-21 at 13:00 90min with Blinken, Lavrov format bilateral < >"));

        Assert.Equal("geneva", meeting.Label!.Identifier.Text);
        Assert.IsType<StringLiteralSyntax>(meeting.Place);
        // A time right after the day is part of the date (DATE at TIME, language.md §21).
        Assert.Equal(new[] { SyntaxKind.DateClause, SyntaxKind.DurationClause, SyntaxKind.ParticipantsClause, SyntaxKind.FormatClause }, meeting.Clauses.Select(c => c.Kind));
        Assert.Null(((KeywordClauseSyntax)meeting.Clauses[0]).Keyword);
        var dateTime = Assert.IsType<DateTimeSyntax>(((KeywordClauseSyntax)meeting.Clauses[0]).Value);
        Assert.Equal("13:00", dateTime.Time.Token.Text);
        Assert.Null(dateTime.Time.Zone);
    }

    [Fact]
    public void A_time_apart_from_the_date_is_a_time_clause_and_takes_a_zone()
    {
        var meeting = Single<MeetingDeclarationSyntax>(Parse("meeting Geneva with Blinken at 13:00 Europe/Zurich 2022-01-21 < >"));

        Assert.Equal(new[] { SyntaxKind.ParticipantsClause, SyntaxKind.TimeClause, SyntaxKind.DateClause }, meeting.Clauses.Select(c => c.Kind));
        var time = Assert.IsType<TimeLiteralSyntax>(((KeywordClauseSyntax)meeting.Clauses[1]).Value);
        Assert.Equal(SyntaxKind.TimeZoneToken, time.Zone!.Kind);
    }

    [Fact]
    public void Each_end_of_a_range_takes_its_own_time_and_utc_is_a_zone()
    {
        var statement = Single<ActorStatementSyntax>(Parse("A says \"x\" on 2015-02-11 at 19:00..2015-02-12 at 10:45 UTC;"));
        var range = Assert.IsType<DateRangeSyntax>(((KeywordClauseSyntax)statement.Clauses[0]).Value);

        Assert.Null(Assert.IsType<DateTimeSyntax>(range.Start).Time.Zone);
        Assert.Equal("UTC", Assert.IsType<DateTimeSyntax>(range.End).Time.Zone!.Text);
    }

    [Fact]
    public void Talks_hold_meetings_and_statements()
    {
        var talks = Single<TalksDeclarationSyntax>(Parse("t: talks \"Security\" 2022-01-10..2022-01-13 with Russia, NATO <\n meeting Brussels 2022-01-12 < Russia demands \"x\" of NATO; >\n outcome no \"specific agreements\";\n>"));

        Assert.Equal("Security", talks.Title!.Value);
        Assert.IsType<DateRangeSyntax>(((KeywordClauseSyntax)talks.Clauses[0]).Value);
        Assert.IsType<MeetingDeclarationSyntax>(talks.Body.Members[0]);
        var outcome = Assert.IsType<OutcomeStatementSyntax>(talks.Body.Members[1]);
        Assert.NotNull(outcome.NoKeyword);
    }

    [Theory]
    [InlineData("A commits \"x\";", StatementKind.Commitment)]
    [InlineData("A says \"x\";", StatementKind.Statement)]
    [InlineData("A calls talks \"unsuccessful\";", StatementKind.Assessment)]
    [InlineData("A demands \"x\" of B;", StatementKind.Demand)]
    [InlineData("A proposes \"x\";", StatementKind.Proposal)]
    [InlineData("A offers \"x\";", StatementKind.Offer)]
    [InlineData("A rejects d1, d2;", StatementKind.Rejection)]
    [InlineData("A refuses \"x\";", StatementKind.Rejection)]
    [InlineData("A and B agree \"x\";", StatementKind.Agreement)]
    [InlineData("A asks \"x\" of B;", StatementKind.Question)]
    [InlineData("A, B expect no \"breakthroughs\";", StatementKind.Expectation)]
    [InlineData("A hopes \"x\";", StatementKind.Hope)]
    [InlineData("A denies \"x\";", StatementKind.Denial)]
    [InlineData("A confirms \"x\";", StatementKind.Confirmation)]
    [InlineData("A fulfils c1 on 2022-01-26;", StatementKind.Fulfilment)]
    [InlineData("A breaks c1;", StatementKind.Breach)]
    [InlineData("A withdraws c1;", StatementKind.Withdrawal)]
    [InlineData("A violates c1 on 2015-02-16;", StatementKind.Violation)]
    [InlineData("A accepts o1, o2;", StatementKind.Acceptance)]
    [InlineData("A answers o1;", StatementKind.Answer)]
    [InlineData("A says B violates c1;", StatementKind.ReportedSpeech)]
    [InlineData("A says B rejects d1;", StatementKind.ReportedSpeech)]
    public void Every_verb_gives_its_statement_kind(string text, StatementKind kind)
    {
        var statement = Single<ActorStatementSyntax>(Parse(text));

        Assert.Equal(SyntaxKind.Predicate, statement.Predicate.Kind);
        Assert.Equal(kind, statement.Predicate.Verb.Kind);
    }

    [Theory]
    [InlineData("c: A commits \"x\";", null)]
    [InlineData("c: A commits to keep \"x\" from 2015-02-15 until 2015-03-01;", ObligationKind.Maintenance)]
    [InlineData("c: A commits not to \"x\";", ObligationKind.Prohibition)]
    public void The_words_after_commits_are_the_obligation_kind(string text, ObligationKind? kind)
    {
        var statement = Single<ActorStatementSyntax>(Parse(text));

        Assert.Equal(kind, statement.Predicate.Obligation?.Obligation);
        Assert.Equal(text, statement.ToFullString());
    }

    [Fact]
    public void Reported_speech_nests_one_statement()
    {
        var statement = Single<ActorStatementSyntax>(Parse("Ryabkov says West rejects nato_expansion, weapons;"));

        var reported = Assert.IsType<ReportedSpeechSyntax>(statement.Predicate.Content);
        Assert.Equal("West", reported.Actors.Names.Single().Identifier.Text);
        Assert.Equal(StatementKind.Rejection, reported.Predicate.Verb.Kind);
        Assert.Equal(2, Assert.IsType<NameListSyntax>(reported.Predicate.Content).Names.Count);
    }

    [Fact]
    public void Every_clause_kind_parses_in_any_order()
    {
        var statement = Single<ActorStatementSyntax>(Parse(
            "c: Blinken commits \"response\" quote \"in writing\" to Russia of Lavrov by next_week on 2022-01-21 if \"allies agree\" after allies about \"security\" source \"RBC\";"));

        Assert.Equal("c", statement.Label!.Identifier.Text);
        Assert.Equal(
            new[] { SyntaxKind.QuoteClause, SyntaxKind.RecipientClause, SyntaxKind.OfClause, SyntaxKind.DeadlineClause, SyntaxKind.OnClause, SyntaxKind.ConditionClause, SyntaxKind.AfterClause, SyntaxKind.TopicClause, SyntaxKind.SourceClause },
            statement.Clauses.Select(c => c.Kind));
    }

    [Theory]
    [InlineData("2022-01-21", typeof(DateLiteralSyntax))]
    [InlineData("2022-W03", typeof(DateLiteralSyntax))]
    [InlineData("2022-01", typeof(DateLiteralSyntax))]
    [InlineData("2022", typeof(DateLiteralSyntax))]
    [InlineData("next_week", typeof(RelativeDateSyntax))]
    [InlineData("coming_days", typeof(RelativeDateSyntax))]
    [InlineData("in 3 days", typeof(OffsetDateSyntax))]
    [InlineData("within 2 weeks", typeof(OffsetDateSyntax))]
    [InlineData("3 months ago", typeof(OffsetDateSyntax))]
    [InlineData("2022-01-10..2022-01-13", typeof(DateRangeSyntax))]
    [InlineData("today..next_month", typeof(DateRangeSyntax))]
    public void Date_forms_parse_to_their_nodes(string date, System.Type nodeType)
    {
        var tree = Parse($"A commits \"x\" by {date};");

        var clause = (KeywordClauseSyntax)tree.Root.DescendantNodesAndSelf().OfType<ActorStatementSyntax>().Single().Clauses.Single();
        Assert.IsType(nodeType, clause.Value);
    }

    [Fact]
    public void Syntax_tree_exposes_no_antlr_type()
    {
        var leaking = typeof(SyntaxTree).Assembly.GetExportedTypes()
            .Where(type => type.Namespace?.StartsWith("Antlr4", System.StringComparison.Ordinal) == true
                || type.Namespace?.Contains("Generated", System.StringComparison.Ordinal) == true
                || type.GetProperties().Any(p => p.PropertyType.Namespace?.StartsWith("Antlr4", System.StringComparison.Ordinal) == true))
            .ToList();

        Assert.Empty(leaking);
    }
}
