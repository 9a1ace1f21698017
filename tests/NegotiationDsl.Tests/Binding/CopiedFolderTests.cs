using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// <see cref="CopiedFolder"/> carries a folder's binding into the tree an edit made instead of binding it again. The
/// version before must stay as it was, and the copy must be what binding the new tree gives. Both are found by
/// reflection (<see cref="CopyCheck"/>), not by the copy's own knowledge of the symbols' fields, so a field a symbol
/// class adds without mapping it in its copy fails here: nothing of the copied folder may reach a symbol, tree or text
/// of the version before; every public property of every symbol, every diagnostic, every entry of the position tables,
/// every settlement and participant name must be a fresh binding's (the edited member's own excepted: incremental
/// binding binds that member again); and the version before must read as it did before the copy was made and checked.
/// </summary>
public sealed class CopiedFolderTests
{
    [Fact]
    public void A_letter_typed_into_strings_and_deleted_again_copies_what_a_fresh_binding_gives()
    {
        var copied = 0;
        var refused = 0;
        foreach (var text in IncrementalParsingTests.Texts.Value)
        {
            var tree = SyntaxTree.Parse(SourceText.From(text, "record.neg"));
            if (!tree.Diagnostics.IsEmpty || tree.Root.Members.Any(member => member.Kind == SyntaxKind.UseDeclaration)) continue;
            var (before, result) = Bound(tree);
            // Not right after a backslash: the letter would take the escape from the next character, and a string whose
            // quote is no longer escaped ends elsewhere, which changes the parse beyond the member (the file is bound again).
            foreach (var inside in IncrementalParsingTests.StringInteriors(text).Where(inside => InAStatement(tree.Root, inside) && text[inside - 1] != '\\').Take(12))
            {
                // Typed, then deleted again: the second copy is of the first, so a copy of a copy is checked too.
                var typed = text.Insert(inside, "e");
                if (!CopyAndCompare(ref tree, ref before, ref result, typed) || !CopyAndCompare(ref tree, ref before, ref result, text))
                {
                    refused++;
                    (before, result) = Bound(tree);
                    continue;
                }

                copied += 2;
            }
        }

        Assert.True(copied > 800, $"{copied} edits copied, {refused} refused");
        // Only a duplicate declaration, whose message says where the first is, is refused.
        Assert.True(refused < copied / 20, $"{refused} refused, {copied} copied");
    }

    [Fact]
    public void Keystrokes_into_a_large_record_copy_what_a_fresh_binding_gives()
    {
        var text = LargeRecordFile.Generate(400, seed: 7);
        var script = new KeystrokeScript(text, places: 6);
        var current = SourceText.From(text, "negotiations.neg");
        var tree = SyntaxTree.Parse(current);
        var (before, result) = Bound(tree);
        for (var keystroke = 0; keystroke < 12; keystroke++)
        {
            var next = LspLines.Changed(current, [script.Next(fullText: false)]);
            Assert.True(CopyAndCompare(ref tree, ref before, ref result, next.Text), $"keystroke {keystroke} was refused");
            current = tree.Text;
        }
    }

    [Theory]
    [InlineData("party USA state \"United States\";\nparty USA state \"Again\";\nUSA says \"x\";\n", false)]
    [InlineData("policy soon within 7 days;\npolicy soon within 9 days;\nparty USA state \"United States\";\nUSA says \"x\";\n", true)]
    public void A_folder_whose_duplicate_says_where_the_first_is_is_not_copied(string text, bool aPolicy)
    {
        var tree = SyntaxTree.Parse(SourceText.From(text, "record.neg"));
        var (before, result) = Bound(tree);
        var typed = text.Insert(text.IndexOf("\"x", System.StringComparison.Ordinal) + 1, "e");
        var edited = tree.WithChangedText(SourceText.From(typed, tree.FilePath));

        if (aPolicy) Assert.Contains(before.DeclarationDiagnostics, diagnostic => diagnostic.Descriptor == NegotiationDsl.Diagnostics.DiagnosticCatalog.DuplicatePolicyDescriptor);
        Assert.Null(CopiedFolder.TryCopy(before, result, edited, SpanShift.Of(TextChange.Between(text, typed))));
    }

    private const string Statements = "party USA state \"United States\";\nparty RUS state \"Russia\";\n" +
        "a: USA says \"x\";\nb: RUS says \"y\";RUS rejects a;\n";

    [Theory]
    [InlineData("a: USA says \"x\";", "  ")]
    [InlineData("b: RUS says \"y\";", " ")]
    [InlineData("a:", " ")]
    [InlineData("a: USA says \"x", "e")]
    [InlineData("a: USA", "A")]
    [InlineData("a: USA says", " ")]
    [InlineData("b: RUS says \"", "e")]
    [InlineData("b: RUS says \"y", "e")]
    [InlineData("RUS rejects", " ")]
    [InlineData("RUS rejects a", " ")]
    [InlineData("b: RUS says \"y\";", "\n")]
    public void Text_typed_at_the_end_of_a_token_is_copied_as_a_fresh_binding_gives_or_refused(string before, string typed)
    {
        var at = Statements.IndexOf(before, System.StringComparison.Ordinal) + before.Length;

        CopyOrRefuse(Statements.Insert(at, typed));
    }

    [Theory]
    [InlineData("\"x\";\nb: RUS", true)]
    [InlineData("says \"x\";\nb: RUS says", true)]
    [InlineData("\nb", false)]
    [InlineData("\"y\";", true)]
    [InlineData("x", false)]
    [InlineData("Russia", false)]
    public void A_deletion_across_statements_is_copied_or_refused(string deleted, bool acrossASymbol)
    {
        var at = Statements.IndexOf(deleted, System.StringComparison.Ordinal);

        var copied = CopyOrRefuse(Statements.Remove(at, deleted.Length));

        if (acrossASymbol) Assert.False(copied);
    }

    /// <summary>
    /// <see cref="Statements"/> bound, then copied into the tree of <paramref name="newText"/>: a copy must be what a
    /// fresh binding gives, with every symbol's declaration and name found in the new tree; false when refused.
    /// </summary>
    private static bool CopyOrRefuse(string newText)
    {
        var tree = SyntaxTree.Parse(SourceText.From(Statements, "record.neg"));
        var (before, result) = Bound(tree);
        if (!CopyAndCompare(ref tree, ref before, ref result, newText)) return false;
        foreach (var symbol in result.Symbols) Assert.Equal(symbol.HasIdentifier, symbol.Declaration is not null && symbol.Identifier is not null);
        return true;
    }

    /// <summary>
    /// Copies the folder into the tree of <paramref name="newText"/> and compares it with a fresh binding; false when
    /// <see cref="CopiedFolder.TryCopy"/> refused. On success the copy is what the next edit starts from.
    /// </summary>
    private static bool CopyAndCompare(ref SyntaxTree tree, ref BoundFolder before, ref BindingResult result, string newText)
    {
        var edited = tree.WithChangedText(SourceText.From(newText, tree.FilePath));
        var shift = SpanShift.Of(TextChange.Between(tree.Text.Text, newText));
        var root = edited.Root;
        var originals = result.Symbols;
        var described = CopyCheck.Described(before, result);
        var folder = CopiedFolder.TryCopy(before, result, edited, shift);
        var (freshFolder, fresh) = Bound(edited);
        if (folder is null)
        {
            tree = edited;
            return false;
        }

        var copy = Binder.Check(folder);
        AssertNone(CopyCheck.Problems(originals, tree, copy), newText);
        AssertNone(CopyCheck.Differences(fresh, copy, shift), newText);
        AssertNone(CopyCheck.PassDifferences(freshFolder, fresh, folder, shift), newText);
        AssertNone(CopyCheck.Unequal(described, CopyCheck.Described(before, result)).Select(problem => "the version before changed: " + problem), newText);
        System.GC.KeepAlive(root);
        tree = edited;
        before = folder;
        result = copy;
        return true;
    }

    /// <summary>
    /// A string of a statement: what incremental binding binds again alone. A string of a declaration, a header or a
    /// policy can change what other members bind to (an office a statement is checked against), so such an edit binds the file.
    /// </summary>
    private static bool InAStatement(SyntaxNode root, int position)
    {
        var node = root.FindToken(position).Parent;
        while (node is not null and not MemberSyntax) node = node.Parent;
        return node is StatementSyntax;
    }

    private static void AssertNone(IEnumerable<string> problems, string text)
    {
        var first = problems.Take(5).ToList();
        if (first.Count > 0) Assert.Fail(string.Join("\n", first) + "\nin the text:\n" + text[..System.Math.Min(text.Length, 2000)]);
    }

    /// <summary>A folder of one file bound as the compilation binds it, its commitments, replies and agreements settled.</summary>
    private static (BoundFolder Folder, BindingResult Result) Bound(SyntaxTree tree)
    {
        var folder = IncrementalFloor.BindAlone(tree);
        var result = Binder.Check(folder);
        CommitmentSettlement.Settle(new List<System.Collections.Immutable.ImmutableArray<SettlementSite>> { result.Settlements });
        return (folder, result);
    }
}
