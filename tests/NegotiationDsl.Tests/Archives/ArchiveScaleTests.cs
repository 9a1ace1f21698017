using System.Linq;
using System.Text;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Archives;

/// <summary>
/// What keeps an archive's cost linear however its author shapes it (docs/reliability.md, "Archives"): a file with
/// more uses than are looked at one by one, many unknown names declared in other folders, many uses that name nothing,
/// and paths of any length. Each answers as the small case does; the hostile benchmark's complexity cases time them.
/// </summary>
public sealed class ArchiveScaleTests
{
    private static Archive Create(params (string Path, string Text)[] files) =>
        Archive.Create("/a", files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));

    private static Diagnostic[] Diagnostics(Archive archive, string folder) => archive.GetCompilation(folder)!.GetDiagnostics().ToArray();

    /// <summary>n folders d0..d(n-1), each declaring party P{i}; folders x and y both declare X.</summary>
    private static (string, string)[] Folders(int n) =>
        Enumerable.Range(0, n).Select(i => ($"/a/d{i}/r.neg", $"party P{i};\n"))
            .Append(("/a/x/x.neg", "party X;\n")).Append(("/a/y/y.neg", "party X;\n")).ToArray();

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Names_resolve_the_same_through_few_uses_and_through_many(int n)
    {
        var uses = new StringBuilder();
        for (var i = 0; i < n; i++) uses.Append("use \"../d" + i + "\";\n");
        uses.Append("use \"../x\";\nuse \"../y\";\nuse \"../d0\";\nuse \"../y\" as y;\n");
        var text = uses + $"P{n - 1} says \"found\";\nX says \"ambiguous\";\ny.X says \"qualified\";\nX says \"ambiguous again\";\nQ says \"unknown\";\n";
        var archive = Create([.. Folders(n), ("/a/t/t.neg", text)]);

        var diagnostics = Diagnostics(archive, "/a/t");

        Assert.Equal(2, diagnostics.Count(d => d.Code == "NEG2016"));
        Assert.All(diagnostics.Where(d => d.Code == "NEG2016"), d => Assert.Contains("\"../x\" and \"../y\"", d.Message));
        Assert.Single(diagnostics, d => d.Code == "NEG2001" && d.Message.Contains("'Q'"));
        // Unused: each d{i} but the last, the second use of d0 (the first is looked at first), and ../y without its
        // alias (an ambiguous name counts for the first use that declares it).
        Assert.Equal(n + 1, diagnostics.Count(d => d.Code == "NEG2018"));
        Assert.Contains(diagnostics, d => d.Code == "NEG2018" && d.Location.Span.Start == text.IndexOf("use \"../d0\";\nuse \"../y\" as", System.StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Code == "NEG2018" && d.Message.Contains($"../d{n - 1}\""));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public void Unknown_names_declared_in_other_folders_name_the_first_of_those_folders_but_their_own(int n)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++) text.Append("P" + i + " says \"x\";\n");
        text.Append("X says \"x\";\nparty Own;\nOwn says \"mine\";\n");
        var archive = Create([.. Folders(n), ("/a/t/t.neg", text.ToString())]);

        var hints = Diagnostics(archive, "/a/t").Where(d => d.Code == "NEG2017").ToArray();

        Assert.Equal(n + 1, hints.Length);
        Assert.Contains(hints, d => d.Message.Contains($"'P{n - 1}' is not declared here, but in \"../d{n - 1}\""));
        Assert.Contains(hints, d => d.Message.Contains("'X' is not declared here, but in \"../x\""));
        Assert.DoesNotContain(Diagnostics(archive, "/a/t"), d => d.Code == "NEG2001");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public void A_use_that_names_nothing_suggests_a_sibling_but_never_its_own_folder(int n)
    {
        var archive = Create([.. Folders(n), ("/a/d/t.neg", "use \"../d\";\nuse \"../xx\";\nuse \"../dd\";\n")]);

        var notFound = Diagnostics(archive, "/a/d").Where(d => d.Code == "NEG2014").Select(d => d.Message).ToArray();

        Assert.Contains(notFound, message => message.StartsWith("\"../xx\" is not", System.StringComparison.Ordinal) && message.Contains("did you mean \"../x\"?"));
        // "../dd" is one letter from "../d", the file's own folder: that is not suggested ("../d0" is as close).
        Assert.DoesNotContain(notFound, message => message.Contains("did you mean \"../d\"?"));
        // A use of its own folder is a cycle, not a missing folder.
        Assert.Contains(Diagnostics(archive, "/a/d"), d => d.Code == "NEG2015");
    }

    [Fact]
    public void A_path_of_any_length_is_cut_short_in_its_message_and_shown_where_it_is_written()
    {
        var out_ = string.Concat(Enumerable.Repeat("../", 100_000)) + "etc";
        var long_ = new string('x', 1_000_000);
        var archive = Create(("/a/t/t.neg", $"use \"{out_}\";\nuse \"{long_}\";\n"));

        var diagnostics = Diagnostics(archive, "/a/t");

        var outside = Assert.Single(diagnostics, d => d.Code == "NEG2019");
        var missing = Assert.Single(diagnostics, d => d.Code == "NEG2014");
        Assert.True(outside.Message.Length < 400, outside.Message);
        Assert.True(missing.Message.Length < 400, missing.Message);
        Assert.Contains("…", missing.Message);
        Assert.Equal(out_.Length + 2, outside.Location.Span.Length);
    }
}
