using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>A finished file's table keyed by position: the same answers as the dictionary binding filled, in source order.</summary>
public sealed class PositionTableTests
{
    [Theory]
    [InlineData(new long[] { })]
    [InlineData(new long[] { 7 })]
    [InlineData(new long[] { 1, 5, 9, 40, 41 })]
    [InlineData(new long[] { 40, 9, 41, 1, 5, 100, 2, 3 })]
    public void A_table_finds_every_key_of_the_dictionary_and_lists_them_in_order(long[] keys)
    {
        var filled = keys.ToDictionary(key => key, key => "value " + key);

        var table = PositionTable<string>.From(filled);

        Assert.Equal(keys.Order(), table.KeysInOrder);
        Assert.Equal(keys.Order().Select(key => "value " + key), table.Values);
        foreach (var key in keys)
        {
            Assert.True(table.TryGetValue(key, out var value));
            Assert.Equal("value " + key, value);
        }

        Assert.False(table.TryGetValue(0, out _));
        Assert.False(table.TryGetValue(6, out _));
        Assert.False(table.TryGetValue(long.MaxValue, out _));
    }

    [Fact]
    public void A_table_of_names_alone_finds_its_names_and_nothing_of_another_kind()
    {
        var starts = new[] { 90, 12, 400, 13 };
        var filled = starts.ToDictionary(start => TreeBinding.KeyOf(start, SyntaxKind.Name), start => "name at " + start);

        var table = PositionTable<string>.From(filled);

        Assert.Equal(filled.Keys.Order(), table.KeysInOrder);
        Assert.All(starts, start => Assert.Equal("name at " + start, table.TryGetValue(TreeBinding.KeyOf(start, SyntaxKind.Name), out var value) ? value : null));
        Assert.False(table.TryGetValue(TreeBinding.KeyOf(90, SyntaxKind.StringLiteral), out _));
        Assert.False(table.TryGetValue(TreeBinding.KeyOf(91, SyntaxKind.Name), out _));
    }

    [Fact]
    public void A_table_of_names_filled_in_order_gives_the_answers_of_one_filled_out_of_order()
    {
        // In source order, a file's references skip the keys and the sort: both tables must answer alike.
        var starts = new[] { 3, 12, 13, 90, 400, 4000 };
        var inOrder = starts.ToDictionary(start => TreeBinding.KeyOf(start, SyntaxKind.Name), start => "name at " + start);
        var outOfOrder = starts.Reverse().ToDictionary(start => TreeBinding.KeyOf(start, SyntaxKind.Name), start => "name at " + start);

        var direct = PositionTable<string>.From(inOrder);
        var sorted = PositionTable<string>.From(outOfOrder);

        Assert.Equal(sorted.KeysInOrder, direct.KeysInOrder);
        Assert.Equal(sorted.Values, direct.Values);
        for (var start = 0; start <= 4001; start++)
        {
            foreach (var kind in new[] { SyntaxKind.Name, SyntaxKind.StringLiteral })
            {
                var key = TreeBinding.KeyOf(start, kind);
                Assert.Equal(sorted.TryGetValue(key, out var expected), direct.TryGetValue(key, out var found));
                Assert.Equal(expected, found);
            }
        }
    }

    [Fact]
    public void A_large_table_filled_out_of_order_is_sorted()
    {
        var filled = new Dictionary<long, string>();
        for (var i = 0; i < 1000; i++) filled[(i * 7919L) % 1009] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var table = PositionTable<string>.From(filled);

        Assert.Equal(filled.Keys.Order(), table.KeysInOrder);
        Assert.All(filled, entry => Assert.Equal(entry.Value, table.TryGetValue(entry.Key, out var value) ? value : null));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(400)]
    public void A_table_filled_in_several_ordered_passes_is_sorted(int passes)
    {
        // Binding fills a table in passes, each mostly in source order: runs of ascending keys of any length.
        var random = new System.Random(passes);
        var keys = Enumerable.Range(0, 2000).Select(i => (long)i * 3).OrderBy(_ => random.Next()).ToArray();
        var filled = new Dictionary<long, string>();
        var cut = Enumerable.Range(0, passes - 1).Select(_ => random.Next(keys.Length + 1)).Order().Prepend(0).Append(keys.Length).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var key in keys[cut[pass]..cut[pass + 1]].Order()) filled[key] = "value " + key;
        }

        var table = PositionTable<string>.From(filled);

        Assert.Equal(keys.Order(), table.KeysInOrder);
        Assert.Equal(keys.Order().Select(key => "value " + key), table.Values);
        Assert.All(keys, key => Assert.Equal("value " + key, table.TryGetValue(key, out var value) ? value : null));
    }
}
