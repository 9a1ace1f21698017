using NegotiationDsl.Syntax.Parsing;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>The per-parse string table: one instance per spelling, and a start size from what it will read, not the whole file.</summary>
public sealed class StringTableTests
{
    [Fact]
    public void Equal_spans_give_one_instance()
    {
        var table = new StringTable("Blinken says; Blinken asks;", 27);

        Assert.Same(table.Get(0, 7), table.Get(14, 7));
        Assert.Equal("says", table.Get(8, 4));
    }

    [Fact]
    public void A_member_of_a_large_file_gets_a_table_sized_for_the_member()
    {
        var file = new string('x', 600_000);

        var member = new StringTable(file, 200);
        var whole = new StringTable(file, file.Length);

        Assert.Equal(256, member.Capacity);
        Assert.True(whole.Capacity > member.Capacity);
    }
}
