using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NegotiationDsl.Benchmarks.Corpus;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// A file's table keyed by position, filled by binding straight into its arrays: at every lookup while it fills and
/// once frozen, it answers exactly as a dictionary filled with the same writes, then sorted, did.
/// </summary>
public sealed class PositionTableTests
{
    [Theory]
    [InlineData(new long[] { })]
    [InlineData(new long[] { 7 })]
    [InlineData(new long[] { 1, 5, 9, 40, 41 })]
    [InlineData(new long[] { 40, 9, 41, 1, 5, 100, 2, 3 })]
    [InlineData(new long[] { 5, 5, 3, 5, 9, 3, 1, 9, 1 })]
    public void A_table_finds_every_key_written_and_lists_them_in_order(long[] keys)
    {
        var writes = keys.Select((key, i) => (key, "value " + key + " written " + i)).ToList();

        var table = AssertSameAsDictionary(writes, lookups: keys.Concat([0L, 6L, long.MaxValue]).ToArray());

        Assert.Equal(keys.Distinct().Order(), table.KeysInOrder);
        Assert.False(table.TryGetValue(0, out _));
        Assert.False(table.TryGetValue(6, out _));
        Assert.False(table.TryGetValue(long.MaxValue, out _));
    }

    [Theory]
    [InlineData(SyntaxKind.Name, SyntaxKind.Name)]
    [InlineData(SyntaxKind.Name, SyntaxKind.StringLiteral)]
    public void A_deletion_leaves_out_the_keys_it_deleted_and_keeps_the_others_in_order(SyntaxKind first, SyntaxKind second)
    {
        // Positions 20 to 50 deleted: the keys at 20, 30 and 40 go, 50 and 60 come back to 20 and 30.
        var starts = new[] { 10, 20, 30, 40, 50, 60 };
        var keys = starts.Select((start, i) => TreeBinding.KeyOf(start, i % 2 == 0 ? first : second)).ToArray();
        var table = PositionTable<string>.FromSorted(keys, starts.Select(start => "at " + start).ToArray(), keys.Length);

        var moved = table.Moved(new NegotiationDsl.Text.SpanShift(20, 50, -30), static (value, _) => value, 0);

        Assert.Equal([10, 20, 30], moved.KeysInOrder.Select(TreeBinding.StartOf));
        Assert.Equal("at 10", moved.TryGetValue(TreeBinding.KeyOf(10, first), out var value) ? value : null);
        Assert.Equal("at 50", moved.TryGetValue(TreeBinding.KeyOf(20, first), out value) ? value : null);
        Assert.Equal("at 60", moved.TryGetValue(TreeBinding.KeyOf(30, second), out value) ? value : null);
    }

    [Fact]
    public void A_table_of_names_alone_finds_its_names_and_nothing_of_another_kind()
    {
        var starts = new[] { 90, 12, 400, 13 };
        var writes = starts.Select(start => (TreeBinding.KeyOf(start, SyntaxKind.Name), "name at " + start)).ToList();

        var table = AssertSameAsDictionary(writes, lookups: []);

        Assert.All(starts, start => Assert.Equal("name at " + start, table.TryGetValue(TreeBinding.KeyOf(start, SyntaxKind.Name), out var value) ? value : null));
        Assert.False(table.TryGetValue(TreeBinding.KeyOf(90, SyntaxKind.StringLiteral), out _));
        Assert.False(table.TryGetValue(TreeBinding.KeyOf(91, SyntaxKind.Name), out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(33)]
    [InlineData(400)]
    public void A_table_filled_in_several_ordered_passes_answers_as_the_dictionary_did(int passes)
    {
        // Binding fills a table in passes, each mostly in source order: runs of ascending keys of any length,
        // some keys written again by a later pass, lookups between the writes.
        var random = new System.Random(passes);
        var keys = Enumerable.Range(0, 2000).Select(i => (long)i * 3).ToArray();
        var writes = InPasses(keys, passes, random);

        AssertSameAsDictionary(writes, lookups: Enumerable.Range(-1, 6002).Select(i => (long)i).ToArray(), random);
    }

    [Fact]
    public void A_table_written_in_descending_order_with_lookups_between_answers_as_the_dictionary_did()
    {
        // A record listed newest first, each statement after the one below it: binding writes one run per statement.
        var random = new System.Random(38);
        var keys = Enumerable.Range(0, 3000).Select(i => (long)(3000 - i) * 5).ToArray();
        var writes = keys.Select(key => (key, "statement at " + key)).ToList();

        AssertSameAsDictionary(writes, lookups: keys.SelectMany(key => new[] { key, key + 1 }).ToArray(), random);
    }

    [Theory]
    [InlineData("descending")]
    [InlineData("passes")]
    [InlineData("sawtooth")]
    [InlineData("random")]
    public void Merging_costs_at_most_a_few_times_n_log_n_entries_whatever_the_order_of_writes(string pattern)
    {
        const int count = 1 << 14;
        var random = new System.Random(count);
        var keys = pattern switch
        {
            "descending" => Enumerable.Range(0, count).Select(i => (long)(count - i)),
            "passes" => InPasses(Enumerable.Range(0, count).Select(i => (long)i).ToArray(), 50, random).Select(write => write.Key),
            "sawtooth" => Enumerable.Range(0, count).Select(i => (long)((i % 7) * count + i)).Reverse(),
            _ => Enumerable.Range(0, count).Select(_ => (long)random.Next()),
        };
        var builder = new PositionTableBuilder<string>();
        foreach (var key in keys)
        {
            builder[key] = "x";
            builder.TryGetValue(key, out _);
        }

        builder.ToTable();

        // A whole-table merge every few runs would be count * count / 8 entries; n log2 n is 14 * count.
        Assert.True(builder.EntriesMerged <= 2L * count * 14, $"{builder.EntriesMerged} entries merged for {count} writes");
    }

    [Fact]
    public void A_long_record_listed_newest_first_with_each_statement_after_the_one_below_binds_as_oldest_first_does()
    {
        // Each statement is bound after the one below it, and its speaker is looked up among the meeting's participants.
        const int count = 3000;
        var newestFirst = Enumerable.Range(0, count).Reverse().ToArray();

        var (newestCodes, newestReferences) = BindStatements(newestFirst);
        var (oldestCodes, oldestReferences) = BindStatements(newestFirst.Reverse().ToArray());

        Assert.Equal(["NEG2001"], newestCodes);
        Assert.Equal(oldestCodes, newestCodes);
        Assert.Equal(oldestReferences, newestReferences);
        Assert.True(newestReferences >= count - 1, $"{newestReferences} references");
    }

    private static (string[] Codes, int References) BindStatements(int[] order)
    {
        var text = new System.Text.StringBuilder("party A;\nparty B;\nmeeting Geneva 2022-01-21 with A, B <\n");
        foreach (var i in order)
        {
            text.Append("  s").Append(i).Append(": A says \"x\"");
            if (i > 0) text.Append(" after s").Append(i - 1);
            text.Append(";\n");
        }

        text.Append("  C says \"the one error\";\n>\n");
        var trees = ImmutableArray.Create(SyntaxTree.ParseText(text.ToString(), "record.neg"));
        var codes = Compilation.Create(trees).GetDiagnostics().Where(d => d.IsError).Select(d => d.Code).ToArray();
        return (codes, BindAlone(trees).Bindings.Values.Single().References.Count);
    }

    [Fact]
    public void The_tables_of_real_files_filled_in_passes_answer_as_the_dictionary_did()
    {
        // The keys and values binding found in the examples, the language's samples, a generated folder and a corpus
        // folder, written again in the patterns of binding's passes.
        var random = new System.Random(25);
        var tables = 0;
        foreach (var trees in FolderTrees())
        {
            foreach (var binding in BindAlone(trees).Bindings.Values)
            {
                var found = new (IReadOnlyList<long> Keys, IReadOnlyList<object> Values)[]
                {
                    (binding.Declared.KeysInOrder, binding.Declared.Values), (binding.References.KeysInOrder, binding.References.Values),
                    (binding.Dates.KeysInOrder, binding.Dates.Values),
                };
                foreach (var (keysInOrder, values) in found)
                {
                    var keys = keysInOrder.ToArray();
                    var writes = InPasses(keys, 1 + random.Next(4), random, values);
                    var lookups = keys.SelectMany(key => new[] { key, key + 1, key - (1L << 32) }).ToArray();
                    AssertSameAsDictionary(writes, lookups, random);
                    tables++;
                }
            }
        }

        Assert.True(tables > 200, $"only {tables} tables");
    }

    [Fact]
    public void Binding_s_own_writes_replayed_answer_as_the_dictionary_did()
    {
        // Every write binding made to each table of the examples, the samples and the folders, in its real order.
        var random = new System.Random(4);
        var tables = 0;
        foreach (var trees in FolderTrees())
        {
            foreach (var writes in RecordedWrites(trees))
            {
                AssertSameAsDictionary(writes, writes.SelectMany(write => new[] { write.Key, write.Key + 1 }).ToArray(), random);
                tables++;
            }
        }

        Assert.True(tables > 150, $"only {tables} tables written");
    }

    private static List<List<(long Key, string Value)>> RecordedWrites(ImmutableArray<SyntaxTree> trees)
    {
        var thread = System.Environment.CurrentManagedThreadId;
        var byBuilder = new Dictionary<object, List<(long Key, string Value)>>(ReferenceEqualityComparer.Instance);
        var names = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        void Record(object builder, long key, object value)
        {
            // Other tests bind on other threads meanwhile; only this thread's binding is recorded.
            if (System.Environment.CurrentManagedThreadId != thread) return;
            if (!byBuilder.TryGetValue(builder, out var writes)) byBuilder[builder] = writes = [];
            if (!names.TryGetValue(value, out var name)) names[value] = name = "value " + names.Count + ": " + value;
            writes.Add((key, name));
        }

        PositionTableBuilder<Symbol>.WriteObserver = Record;
        PositionTableBuilder<ResolvedDate>.WriteObserver = Record;
        try
        {
            BindAlone(trees);
        }
        finally
        {
            PositionTableBuilder<Symbol>.WriteObserver = null;
            PositionTableBuilder<ResolvedDate>.WriteObserver = null;
        }

        return byBuilder.Values.ToList();
    }

    /// <summary>
    /// Fills a builder and a dictionary with the same <paramref name="writes"/>, asking both a few of the
    /// <paramref name="lookups"/> between the writes, and the frozen table all of them and for its keys and values in order.
    /// </summary>
    private static PositionTable<string> AssertSameAsDictionary(IReadOnlyList<(long Key, string Value)> writes, long[] lookups, System.Random? random = null)
    {
        var builder = new PositionTableBuilder<string>();
        var dictionary = new Dictionary<long, string>();
        foreach (var (key, value) in writes)
        {
            builder[key] = value;
            dictionary[key] = value;
            if (random is null || lookups.Length == 0 || random.Next(4) != 0) continue;
            var asked = random.Next(2) == 0 ? key : lookups[random.Next(lookups.Length)];
            Assert.Equal(dictionary.TryGetValue(asked, out var expected), builder.TryGetValue(asked, out var found));
            Assert.Equal(expected, found);
        }

        var table = builder.ToTable();
        var sorted = dictionary.OrderBy(entry => entry.Key).ToList();
        Assert.Equal(sorted.Select(entry => entry.Key), table.KeysInOrder);
        Assert.Equal(sorted.Select(entry => entry.Value), table.Values);
        Assert.Equal(sorted.Count, table.Count);
        foreach (var asked in lookups.Concat(dictionary.Keys))
        {
            Assert.Equal(dictionary.TryGetValue(asked, out var expected), table.TryGetValue(asked, out var found));
            Assert.Equal(expected, found);
        }

        return table;
    }

    /// <summary>The keys cut into <paramref name="passes"/> random shares, each written in ascending order, some keys written again later.</summary>
    private static List<(long Key, string Value)> InPasses<T>(long[] keys, int passes, System.Random random, IReadOnlyList<T>? values = null)
    {
        var shuffled = keys.Select((key, i) => (Key: key, Index: i)).OrderBy(_ => random.Next()).ToArray();
        var cut = Enumerable.Range(0, passes - 1).Select(_ => random.Next(shuffled.Length + 1)).Order().Prepend(0).Append(shuffled.Length).ToArray();
        var writes = new List<(long Key, string Value)>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (key, index) in shuffled[cut[pass]..cut[pass + 1]].OrderBy(entry => entry.Key))
            {
                var value = values is null ? "value " + key : values[index]!.ToString()!;
                writes.Add((key, value + " in pass " + pass));
                if (random.Next(20) == 0) writes.Add((key, value + " again in pass " + pass));
                if (random.Next(50) == 0 && writes.Count > 1) writes.Add((writes[random.Next(writes.Count)].Key, "rewritten in pass " + pass));
            }
        }

        return writes;
    }

    private static List<(long Key, string Value)> InPasses(long[] keys, int passes, System.Random random) => InPasses<string>(keys, passes, random);

    private static BoundFolder BindAlone(ImmutableArray<SyntaxTree> trees) =>
        NegotiationDsl.Binding.Binder.BindWithoutChecks(trees, ArchiveLayout.Create(trees, root: null), new Dictionary<string, BindingResult>(), parallel: false);

    private static IEnumerable<ImmutableArray<SyntaxTree>> FolderTrees() =>
        Folders().Select(folder => folder.Select(file => SyntaxTree.ParseText(file.Text, file.Path)).ToImmutableArray());

    private static IEnumerable<List<(string Path, string Text)>> Folders()
    {
        yield return Directory.GetFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories).Order(System.StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path))).ToList();
        foreach (var sample in Syntax.DocumentationExampleTests.Examples()) yield return [($"language.md example {sample[0]}", (string)sample[1])];
        yield return CorpusGenerator.GenerateFolder(seed: 38, records: 12).Select(file => (file.Name, file.Text)).ToList();
        yield return CorpusGenerator.GenerateFolder(seed: 7, records: CorpusGenerator.RecordsPerFolder).Select(file => (file.Name, file.Text)).ToList();
    }
}
