using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Archives;

/// <summary>
/// An archive binds its folders together: each folder sees another only through its files' uses, and a
/// commitment settled in a later folder is settled in the earlier one too.
/// </summary>
public sealed class ArchiveBindingTests
{
    private const string Actors = "party US state \"United States\";\nparty Russia state;\nperson Blinken \"Antony Blinken\" of US;\nperson Lavrov \"Sergei Lavrov\" of Russia;\npolicy soon within 5 days;\n";

    private const string Geneva =
        "use \"../actors\";\nrecord \"Geneva\" published 2022-01-21;\n" +
        "meeting Geneva 2022-01-21 with Blinken, Lavrov <\n  written_response: Blinken commits \"a written response\" to Lavrov by next_week;\n>\n";

    private const string FollowUp =
        "use \"../actors\";\nuse \"../geneva-2022\" as geneva;\nrecord \"Follow-up\" published 2022-01-26;\n" +
        "Blinken fulfils geneva.written_response on 2022-01-26;\n";

    private static Archive Create(params (string Path, string Text)[] files) =>
        Archive.Create("/a", files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));

    private static Archive Standard() =>
        Create(("/a/actors/actors.neg", Actors), ("/a/geneva-2022/geneva.neg", Geneva), ("/a/geneva-2022-followup/followup.neg", FollowUp));

    private static string[] Codes(Compilation compilation) => compilation.GetDiagnostics().Select(d => d.Code).ToArray();

    [Fact]
    public void A_commitment_fulfilled_in_a_later_folder_is_fulfilled_in_its_own()
    {
        var archive = Standard();
        Assert.Empty(archive.GetDiagnostics().Where(d => d.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error).Select(d => d.ToString()));
        var geneva = archive.GetCompilation("/a/geneva-2022")!;
        var commitment = Assert.Single(geneva.Commitments);
        Assert.Equal("written_response", commitment.Name);
        var settled = Assert.Single(commitment.Events);
        Assert.Equal(StatementKind.Fulfilment, settled.Kind);
    }

    [Fact]
    public void A_used_actor_is_the_same_symbol_in_every_folder()
    {
        var archive = Standard();
        var blinken = archive.GetCompilation("/a/actors")!.Actors.Single(actor => actor.Name == "Blinken");
        var commitment = archive.GetCompilation("/a/geneva-2022")!.Commitments.Single();
        Assert.Same(blinken, Assert.Single(commitment.Actors));
    }

    [Fact]
    public void Each_folder_declares_its_own_names()
    {
        var archive = Create(("/a/x/one.neg", "party A;\nA says \"x\";\n"), ("/a/y/two.neg", "party A;\nA says \"y\";\n"));
        Assert.All(archive.Compilations, compilation => Assert.DoesNotContain("NEG2005", Codes(compilation)));
    }

    [Fact]
    public void A_name_of_a_folder_that_is_not_used_says_where_it_is_declared()
    {
        var archive = Create(("/a/actors/actors.neg", Actors), ("/a/track/t.neg", "Blinken says \"hello\";\n"));
        var diagnostic = archive.GetCompilation("/a/track")!.GetDiagnostics().Single(d => d.Code == "NEG2017");
        Assert.Contains("\"../actors\"", diagnostic.Message);
    }

    [Fact]
    public void A_missing_folder_suggests_a_sibling()
    {
        var archive = Create(("/a/actors/actors.neg", Actors), ("/a/track/t.neg", "use \"../actor\";\nrecord \"T\";\n"));
        var diagnostic = archive.GetCompilation("/a/track")!.GetDiagnostics().Single(d => d.Code == "NEG2014");
        Assert.Contains("did you mean \"../actors\"", diagnostic.Message);
    }

    [Fact]
    public void A_cycle_of_uses_is_reported_once_and_cut()
    {
        var archive = Create(("/a/x/x.neg", "use \"../y\";\nparty X;\nY says \"x\";\n"), ("/a/y/y.neg", "use \"../x\";\nparty Y;\nX says \"y\";\n"));
        var codes = archive.Compilations.SelectMany(Codes).ToArray();
        Assert.Single(codes, code => code == "NEG2015");
    }

    [Fact]
    public void A_name_two_uses_declare_is_ambiguous_and_an_alias_settles_it()
    {
        var ambiguous = Create(("/a/x/x.neg", "party P;\n"), ("/a/y/y.neg", "party P;\n"), ("/a/z/z.neg", "use \"../x\";\nuse \"../y\";\nP says \"hi\";\n"));
        Assert.Contains("NEG2016", Codes(ambiguous.GetCompilation("/a/z")!));
        var qualified = Create(("/a/x/x.neg", "party P;\n"), ("/a/y/y.neg", "party P;\n"), ("/a/z/z.neg", "use \"../x\";\nuse \"../y\" as y;\ny.P says \"hi\";\n"));
        Assert.DoesNotContain(qualified.GetCompilation("/a/z")!.GetDiagnostics(), d => d.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error);
        Assert.Contains("NEG2018", Codes(qualified.GetCompilation("/a/z")!));
    }

    [Fact]
    public void Uses_are_not_transitive()
    {
        var archive = Create(("/a/actors/actors.neg", Actors), ("/a/geneva-2022/geneva.neg", Geneva),
            ("/a/late/late.neg", "use \"../geneva-2022\";\nrecord \"Late\" published 2022-02-01;\nBlinken fulfils written_response on 2022-01-26;\n"));
        Assert.Contains("NEG2017", Codes(archive.GetCompilation("/a/late")!));
    }

    [Fact]
    public void An_unknown_alias_and_a_dotted_declaration_are_reported()
    {
        var archive = Create(("/a/x/x.neg", "party a.b;\nparty P;\nq.P says \"hi\";\n"));
        var codes = Codes(archive.GetCompilation("/a/x")!);
        Assert.Contains("NEG2020", codes);
        Assert.Contains("NEG2021", codes);
    }

    [Fact]
    public void A_use_outside_the_archive_or_without_one_is_refused()
    {
        var archive = Create(("/a/x/x.neg", "use \"../../b\";\nparty P;\n"));
        Assert.Contains("NEG2019", Codes(archive.GetCompilation("/a/x")!));
        var alone = Compilation.Create([SyntaxTree.ParseText("use \"../b\";\nparty P;\n", "/b/x.neg")]);
        Assert.Contains("NEG2019", Codes(alone));
    }

    [Fact]
    public void A_file_use_sees_only_that_file()
    {
        var archive = Create(("/a/x/one.neg", "party P;\n"), ("/a/x/two.neg", "party Q;\n"), ("/a/z/z.neg", "use \"../x/one.neg\";\nP says \"hi\";\nQ says \"ho\";\n"));
        var diagnostics = archive.GetCompilation("/a/z")!.GetDiagnostics();
        Assert.Single(diagnostics, d => d.Code == "NEG2017" && d.Message.Contains("'Q'"));
    }
}
