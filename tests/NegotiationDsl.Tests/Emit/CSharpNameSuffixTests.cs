using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using NegotiationDsl.Emit.CSharp;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>A name taken again gets the lowest free number, found without trying every number from 2 each time.</summary>
public sealed class CSharpNameSuffixTests
{
    [Fact]
    public void Thousands_of_one_name_are_numbered_in_order()
    {
        var names = new CSharpNames("All");

        var claimed = Enumerable.Range(0, 30_000).Select(_ => names.Claim("Geneva20220121")).ToList();

        Assert.Equal("Geneva20220121", claimed[0]);
        Assert.Equal("Geneva202201212", claimed[1]);
        Assert.Equal("Geneva2022012130000", claimed[^1]);
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
    }

    [Fact]
    public void Numbers_are_those_a_search_from_two_gives()
    {
        // Names that end in digits collide with numbered ones ("a2" and the second "a").
        Gen.OneOf(Gen.Const("a"), Gen.Const("a2"), Gen.Const("a3"), Gen.Const("b"), Gen.Const("a22")).Array[0, 40].Sample(sequence =>
        {
            var names = new CSharpNames();
            var taken = new HashSet<string>();
            foreach (var name in sequence)
            {
                var expected = CSharpNames.ToPascalIdentifier(name);
                for (var suffix = 2; !taken.Add(expected); suffix++) expected = CSharpNames.ToPascalIdentifier(name) + suffix.ToString(CultureInfo.InvariantCulture);
                if (names.Claim(name) != expected) return false;
            }

            return true;
        }, iter: 2_000);
    }
}
