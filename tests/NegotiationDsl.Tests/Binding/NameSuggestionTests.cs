using System;
using System.Linq;
using System.Globalization;
using CsCheck;
using NegotiationDsl.Binding;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Binding;

/// <summary>"Did you mean": the closest name within a third of the unknown name's length, bounded in length and in work.</summary>
public sealed class NameSuggestionTests
{
    [Fact]
    public void The_closest_name_wins_and_ties_go_to_the_first_in_ordinal_order()
    {
        var suggestions = new NameSuggestions(() => new[] { "Lavrov", "Blinken", "Blinkan", "Sherman" });

        Assert.Equal("Blinkan", suggestions.Suggest("Blinkxn"));
        Assert.Equal("Blinken", suggestions.Suggest("Blinkenn"));
        Assert.Equal("Lavrov", suggestions.Suggest("lavrov"));
        Assert.Null(suggestions.Suggest("Stoltenberg"));
    }

    [Fact]
    public void A_name_of_another_length_is_suggested_only_when_it_is_really_close()
    {
        // The old distance returned the length difference for names more than three apart in length, so a
        // 30-character name "matched" any unrelated name of 25 characters.
        var diagnostic = Single("party " + new string('x', 25) + ";\nabcdefghijklmnopqrstuvwxyz0123 says \"x\";", "NEG2001");

        Assert.Equal("'abcdefghijklmnopqrstuvwxyz0123' is not declared.", diagnostic.Message);
    }

    [Fact]
    public void A_name_longer_than_the_limit_gets_no_suggestion()
    {
        var declared = new string('a', NameSuggestions.MaxNameLength + 1);
        var typo = new string('a', NameSuggestions.MaxNameLength) + "b";

        Assert.Null(new NameSuggestions(() => new[] { declared }).Suggest(typo));
        var longest = new string('a', NameSuggestions.MaxNameLength);
        Assert.Equal(longest, new NameSuggestions(() => new[] { longest }).Suggest(longest[..^1] + "c"));
    }

    [Fact]
    public void A_fifty_thousand_character_unknown_name_is_reported_without_a_suggestion()
    {
        var name = new string('a', 50_000);
        var text = $"party {name};\nmeeting Geneva 2022-01-21 with {name} <\n  {name[..^1]}b says \"x\";\n>\n";

        var diagnostic = Single(text, "NEG2001");

        Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Among_thousands_of_names_a_typo_at_either_end_is_found()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => "Party" + i.ToString("0000000", CultureInfo.InvariantCulture) + "Alpha").ToArray();
        var suggestions = new NameSuggestions(() => names);

        Assert.Equal("Party0001234Alpha", suggestions.Suggest("Pxrty0001234Alpha"));
        Assert.Equal("Party0001234Alpha", suggestions.Suggest("Party0001234Alphx"));
        Assert.Equal("Party0004999Alpha", suggestions.Suggest("party0004999alpha"));
    }

    [Fact]
    public void Each_of_many_misspelt_names_gets_its_own_suggestion()
    {
        var ids = Enumerable.Range(0, 2_000).Select(i => i.ToString("0000000", CultureInfo.InvariantCulture)).ToList();
        var text = string.Concat(ids.Select(id => "party Party" + id + ";\n")) + "meeting Geneva 2022-01-21 <\n" +
            string.Concat(ids.Select(id => "  Pxrty" + id + " says \"x\";\n")) + ">\n";

        var unknown = Compile(text).GetDiagnostics().Where(d => d.Code == "NEG2001").ToList();

        Assert.Equal(2_000, unknown.Count);
        Assert.All(unknown.Select((diagnostic, i) => (diagnostic, i)), item =>
            Assert.EndsWith("did you mean 'Party" + ids[item.i] + "'?", item.diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void With_few_names_the_suggestion_is_the_best_of_all_and_always_within_the_limit()
    {
        var genName = Gen.String[Gen.Char["abAB_"], 1, 12];
        Gen.Select(genName.Array[0, 40], genName).Sample((names, unknown) =>
        {
            var declared = names.Distinct(StringComparer.Ordinal).ToArray();
            var suggested = new NameSuggestions(() => declared).Suggest(unknown);
            var limit = Math.Max(1, unknown.Length / 3);
            var best = declared
                .Select(name => (Name: name, Distance: FullEditDistance.Compute(name.ToLowerInvariant(), unknown.ToLowerInvariant())))
                .Where(candidate => candidate.Distance <= limit)
                .OrderBy(candidate => candidate.Distance).ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
                .Select(candidate => candidate.Name)
                .FirstOrDefault();
            if (suggested != best) throw new InvalidOperationException($"'{unknown}' among [{string.Join(", ", declared)}]: suggested {suggested}, best {best}");
        }, iter: 3_000);
    }
}
