using System;
using CsCheck;
using NegotiationDsl.Syntax.Parsing;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Syntax;

/// <summary>
/// The bounded edit distance against the plain full table: equal whenever the true distance is within the
/// bound, "more than the bound" (bound + 1) otherwise.
/// </summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("Blinken", "Blinkin", 1)]
    [InlineData("Blinken", "Bilnken", 1)]
    [InlineData("party", "pxrty", 1)]
    [InlineData("meeting", "meting", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Known_distances(string a, string b, int distance)
    {
        Assert.Equal(distance, FullEditDistance.Compute(a, b));
        Assert.Equal(distance, EditDistance.Within(a, b, distance));
        Assert.Equal(distance, EditDistance.Within(b, a, distance + 5));
        // One less than the distance is too near: the answer is that bound plus one, the distance itself.
        if (distance > 0) Assert.Equal(distance, EditDistance.Within(a, b, distance - 1));
    }

    [Fact]
    public void Names_of_very_different_lengths_are_too_far_without_a_table()
    {
        var long1 = new string('a', 200_000);
        var long2 = new string('a', 199_999) + "b";

        Assert.Equal(3, EditDistance.Within("ab", long1, 2));
        Assert.Equal(1, EditDistance.Within(long1, long2, 1));
        Assert.Equal(1, EditDistance.Within(long1, long2, 5));
    }

    [Fact]
    public void A_distance_past_the_bound_reads_as_bound_plus_one()
    {
        Assert.Equal(2, EditDistance.Within("abcdef", "ghijkl", 1));
        Assert.Equal(1, EditDistance.Within("abc", "xyz", 0));
        Assert.Equal(0, EditDistance.Within("abc", "abc", 0));
    }

    [Fact]
    public void Equals_the_full_distance_within_the_bound_and_says_more_than_the_bound_otherwise()
    {
        // A small alphabet makes near strings, swaps and long common runs likely.
        var genText = Gen.String[Gen.Char["abcA"], 0, 24];
        Gen.Select(genText, genText, Gen.Int[0, 12]).Sample((a, b, max) =>
        {
            var full = FullEditDistance.Compute(a, b);
            var bounded = EditDistance.Within(a, b, max);
            var expected = full <= max ? full : max + 1;
            if (bounded != expected) throw new InvalidOperationException($"'{a}' '{b}' max {max}: full {full}, bounded {bounded}");
        }, iter: 20_000);
    }

    [Fact]
    public void Is_symmetric()
    {
        var genText = Gen.String[Gen.Char["xyz"], 0, 16];
        Gen.Select(genText, genText, Gen.Int[0, 8]).Sample((a, b, max) => EditDistance.Within(a, b, max) == EditDistance.Within(b, a, max), iter: 5_000);
    }
}
