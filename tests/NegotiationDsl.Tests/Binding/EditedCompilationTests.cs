using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// The language server makes each version of a folder from the one before: the edited file's tree from its tree before
/// (<see cref="SyntaxTree.WithChangedText"/>, which may parse one member and copy the rest) and the compilation from the
/// compilation before (<see cref="Compilation.WithSyntaxTree"/>). After every edit of a replayed sequence, all it serves
/// must be what a fresh compilation of the same texts gives: every symbol with its properties and resolved dates, the
/// stable names, the diagnostics, the LSP diagnostics it publishes, and the report and commitment states it answers
/// requests from. Anything made faster on that path (reusing what the compilation before bound) must keep this true.
/// </summary>
public sealed class EditedCompilationTests
{
    /// <summary>What the random edits insert: letters, names, dates, and what moves a member's boundaries.</summary>
    private static readonly string[] Insertions =
    [
        "e", "x", " ", "\n", "\"", ";", "<", ">", ":", "/*", "*/", "//", "says", " on 2022-01-21", " by next_week", "2022", "Blinken",
        "; X says \"y\"", "after ", "-", "0", "1",
    ];

    [Fact]
    public void Keystrokes_into_the_strings_of_a_large_record_serve_what_a_fresh_compilation_gives()
    {
        const string path = "negotiations.neg";
        var text = LargeRecordFile.Generate(400, seed: 7);
        var script = new KeystrokeScript(text, places: 12);
        var current = SourceText.From(text, path);
        var tree = SyntaxTree.Parse(current);
        var root = tree.Root;
        var compilation = Compilation.Create([tree]);
        var oneMember = 0;
        for (var edit = 0; edit < 24; edit++)
        {
            var next = SourceText.From(LspLineBuffer.Apply(current.Text, [script.Next(fullText: false)]), path);
            // WithChangedText's own test for its one-member path, asked beforehand since the tree it returns does not say.
            if (tree.Diagnostics.IsEmpty && next.InvalidUtf8Position is null &&
                IncrementalParser.TryReparse(root, next, TextChange.Between(current.Text, next.Text)) is not null) oneMember++;
            tree = tree.WithChangedText(next);
            // The server's documents keep their roots, so each edit starts from the tree before, as here.
            root = tree.Root;
            compilation = compilation.WithSyntaxTree(tree);
            AssertServesWhatAFreshCompilationGives(compilation, $"keystroke {edit}");
            current = next;
        }

        // The path this is for: the edited member parsed alone and the rest of the tree copied.
        Assert.True(oneMember >= 20, $"{oneMember} of 24 keystrokes parsed one member");
        GC.KeepAlive(root);
    }

    [Fact]
    public void Random_edits_of_a_folder_serve_what_a_fresh_compilation_gives()
    {
        var random = new Random(25);
        var files = CorpusGenerator.GenerateFolder(3, 4).ToList();
        var trees = files.Select(file => SyntaxTree.Parse(SourceText.From(file.Text, file.Name))).ToList();
        var roots = trees.Select(tree => tree.Root).ToList();
        var compilation = Compilation.Create(trees);
        for (var edit = 0; edit < 60; edit++)
        {
            var which = random.Next(trees.Count);
            var before = trees[which].Text.Text;
            var start = random.Next(before.Length + 1);
            var length = random.Next(3) == 0 ? Math.Min(random.Next(1, 12), before.Length - start) : 0;
            var edited = before.Remove(start, length).Insert(start, random.Next(4) == 0 ? "" : Insertions[random.Next(Insertions.Length)]);
            trees[which] = trees[which].WithChangedText(SourceText.From(edited, trees[which].FilePath));
            roots[which] = trees[which].Root;
            compilation = compilation.WithSyntaxTree(trees[which]);
            AssertServesWhatAFreshCompilationGives(compilation, $"edit {edit} at {start} of {trees[which].FilePath}");
        }

        GC.KeepAlive(roots);
    }

    /// <summary>Edits that change what other members see: a label others name, a declared actor, a date others count from.</summary>
    [Theory]
    [InlineData("pledge:", "pledged:")]
    [InlineData("A commits", "Ax commits")]
    [InlineData("party A;", "party Ab;")]
    [InlineData("2020-02-01 with", "2020-03-01 with")]
    [InlineData("record \"One\" published 2020-01-10;", "record \"One\" published 2020-06-10;")]
    [InlineData("after pledge within 3 days", "after pledge within 30 days")]
    [InlineData("A fulfils pledge on 2020-02-20;\n", "")]
    [InlineData("\"an answer\"", "\"an answer, later\"")]
    public void Edits_that_reach_other_members_serve_what_a_fresh_compilation_gives(string written, string replacement)
    {
        const string text =
            "party A; party B; person P \"P\" office \"Envoy\" of A from 2020-01-01;\nrecord \"One\" published 2020-01-10;\n" +
            "m: meeting Geneva 2020-02-01 with P, A <\n  pledge: A commits \"an answer\" to B by next_month;\n  A says B proposes \"talks\";\n>\n" +
            "later: B demands \"more\" after pledge within 3 days;\nA fulfils pledge on 2020-02-20;\nB says \"about m\";\n";
        Assert.Contains(written, text, StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(SourceText.From(text, "one.neg"));
        var root = tree.Root;
        var compilation = Compilation.Create([tree]);
        var at = text.IndexOf(written, StringComparison.Ordinal);
        foreach (var (from, to) in new[] { (written, replacement), (replacement, written) })
        {
            var current = tree.Text.Text;
            tree = tree.WithChangedText(SourceText.From(current.Remove(at, from.Length).Insert(at, to), "one.neg"));
            root = tree.Root;
            compilation = compilation.WithSyntaxTree(tree);
            AssertServesWhatAFreshCompilationGives(compilation, $"'{from}' to '{to}'");
        }

        Assert.Equal(text, tree.Text.Text);
        GC.KeepAlive(root);
    }

    private static void AssertServesWhatAFreshCompilationGives(Compilation edited, string step)
    {
        var fresh = Compilation.Create(edited.SyntaxTrees.Select(tree => SyntaxTree.Parse(SourceText.From(tree.Text.Text, tree.FilePath))), edited.Options);
        var expected = Served(fresh);
        var actual = Served(edited);
        if (expected != actual) Assert.Fail($"after {step}: {FirstDifference(expected, actual)}");
    }

    /// <summary>Everything the server answers from a compilation, as text.</summary>
    private static string Served(Compilation compilation)
    {
        var served = new StringBuilder(SymbolTablePrinter.Print(compilation));
        served.Append("\n# Stable names\n");
        foreach (var symbol in compilation.Symbols) served.Append(compilation.GetStableName(symbol)).Append('\n');
        served.Append("\n# Diagnostics\n");
        foreach (var diagnostic in compilation.GetDiagnostics()) served.Append(diagnostic).Append('\n');
        served.Append("\n# Published\n");
        foreach (var (path, diagnostics) in new FolderDiagnostics(LanguageServerLimits.Default.DiagnosticsPerDocument).Get(compilation).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var diagnostic in diagnostics)
                served.Append(path).Append(' ').Append(diagnostic with { Tags = null, Data = null })
                    .Append(" tags ").AppendJoin(',', diagnostic.Tags ?? []).Append(" data ").AppendJoin(',', (diagnostic.Data ?? ImmutableDictionary<string, string>.Empty).OrderBy(pair => pair.Key, StringComparer.Ordinal)).Append('\n');
        }

        served.Append("\n# Commitments\n");
        var asOf = CommitmentStatus.AsOf(compilation, requested: null);
        // Every field of the commitments view's entry (CommitmentsHandler), states included: the report below is
        // skipped whenever the text has an error, which most random edits leave.
        foreach (var commitment in compilation.Commitments)
        {
            served.Append(commitment.HasLabel ? commitment.Name : "(unlabelled)").Append(" | ").Append(commitment.Deliverable)
                .Append(" | ").Append(commitment.GetState(asOf)).Append(" | ").Append(ReportText.StateOf(commitment, asOf))
                .Append(" | ").Append(CommitmentStatus.Deadline(commitment))
                .Append(" | ").AppendJoin(',', commitment.Debtors.Select(actor => actor.Name)).Append(" -> ").AppendJoin(',', commitment.Creditors.Select(actor => actor.Name))
                .Append(" | ").Append(commitment.SyntaxTree.FilePath).Append(' ').Append(DocumentSnapshot.RangeOf(commitment.SyntaxTree.Text, commitment.Location.Span)).Append('\n');
        }

        if (!compilation.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            served.Append("\n# Report\n").Append(HtmlReportWriter.Write(ReportModel.Build(compilation, "folder", asOf)));
        return served.ToString();
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i]) return $"line {i + 1}: fresh '{expectedLines[i]}', edited '{actualLines[i]}'";
        }

        return $"fresh has {expectedLines.Length} lines, edited {actualLines.Length}";
    }
}
