using NegotiationDsl.Benchmarks.Ratios;
using Xunit;

namespace NegotiationDsl.Tests.Benchmarks;

/// <summary>
/// Every timed ratio line says the spread of its single pairs, so one run on a busy machine is read for what it is;
/// a ratio of medians alone hides a run where half the pairs missed the goal.
/// </summary>
public sealed class RatioLineTests
{
    [Fact]
    public void A_timed_line_prints_the_smallest_and_largest_ratio_of_a_pair()
    {
        var pairs = new PairedTimes();
        pairs.Add(30, 100);
        pairs.Add(50, 100);
        pairs.Add(20, 100);

        var line = new RatioResult("R1", pairs.MedianA / pairs.MedianB, 1.0, "", pairs.Spread).Line;

        Assert.Equal("R1 0.30 <= 1.0 ok; spread 0.20-0.50 of 3 pairs", line);
    }

    [Fact]
    public void The_spread_pairs_each_run_with_its_own_partner_not_the_sorted_medians()
    {
        var pairs = new PairedTimes();
        pairs.Add(10, 10);
        pairs.Add(30, 60);

        Assert.Equal(new Spread(0.5, 1.0, 2), pairs.Spread);
        Assert.Equal((20.0, 35.0), (pairs.MedianA, pairs.MedianB));
    }

    [Fact]
    public void A_count_says_it_has_no_spread()
    {
        var line = new RatioResult("R4", 5.5, 6, "", Spread: null).Line;

        Assert.Equal("R4 5.50 <= 6.0 ok; no spread (a count, not a time)", line);
    }
}
