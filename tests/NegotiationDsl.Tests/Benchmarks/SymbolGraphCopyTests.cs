using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Benchmarks.Incremental;
using NegotiationDsl.Benchmarks.Ratios;
using NegotiationDsl.Binding;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// <c>incremental-floor</c> times a copy of the symbol graph as the floor of design (A); the floor is only a floor if the
/// copy is complete. After keystrokes into a large record, the copies must reach no symbol or tree of the version before,
/// and the folder put together over them must serve what binding the edited tree afresh serves.
/// </summary>
public sealed class SymbolGraphCopyTests
{
    [Fact]
    public void Copies_after_keystrokes_serve_what_a_fresh_binding_gives()
    {
        var text = LargeRecordFile.Generate(400, seed: 7);
        var script = new KeystrokeScript(text, places: 6);
        var current = SourceText.From(text, "negotiations.neg");
        var tree = SyntaxTree.Parse(current);
        var root = tree.Root;
        var bound = IncrementalFloor.BindAlone(tree);
        var result = Binder.Check(bound);
        for (var keystroke = 0; keystroke < 12; keystroke++)
        {
            var next = LspLines.Changed(current, [script.Next(fullText: false)]);
            var edited = tree.WithChangedText(next);
            var editedRoot = edited.Root;
            var edit = Edit.Of(TextChange.Between(current.Text, next.Text));
            var map = new DictionaryMap();
            var copies = SymbolGraphCopy<DictionaryMap>.Copy(result.Symbols, edited, edit, map);
            var sorted = SymbolGraphCopy<SortedKeyMap>.Copy(result.Symbols, edited, edit, new SortedKeyMap(tree));
            Assert.Empty(CopyCheck.Problems(result.Symbols, tree, copies, edited));
            Assert.Empty(CopyCheck.Problems(result.Symbols, tree, sorted, edited));

            var scope = CopiedFolder.ScopeOver(bound, result.RecordOfTree(tree), edited, edit, map);
            var passes = CopiedFolder.PassesOver(bound.Passes, edited, edit, map);
            var copied = Binder.Check(CopiedFolder.Assemble(bound, edited, scope, passes, CopiedFolder.MoveTables(result.For(tree), edit, map)));
            var newBound = IncrementalFloor.BindAlone(edited);
            var fresh = Binder.Check(newBound);
            Assert.Empty(CopyCheck.Differences(fresh, copied, edit));

            current = next;
            tree = edited;
            root = editedRoot;
            bound = newBound;
            result = fresh;
        }

        System.GC.KeepAlive(root);
    }

    /// <summary>The copy reads a statement's rare parts through a struct of the layout of RareParts' own entry.</summary>
    [Fact]
    public void The_rare_parts_read_through_the_layout_are_what_the_statement_holds()
    {
        var tree = SyntaxTree.Parse(SourceText.From(LargeRecordFile.Generate(200, seed: 3), "negotiations.neg"));
        var result = Binder.Check(IncrementalFloor.BindAlone(tree));
        var read = 0;
        foreach (var statement in result.Symbols.OfType<StatementSymbol>())
        {
            ref var parts = ref SymbolFields.RarePartsOf(statement);
            if (RarePartsLayout.EntriesOf(ref parts) is not { } entries) continue;
            foreach (var entry in RarePartsLayout.Entries(entries).ToArray())
            {
                Assert.Same(parts.Get(entry.Part), entry.Value);
                read++;
            }
        }

        Assert.True(read > 100, $"{read} rare parts read");
    }
}
