using System.Globalization;
using NegotiationDsl.Binding;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>A remembered suggestion is the one worked out afresh, asked once or again, before and after the memory is full.</summary>
public sealed class RememberedSuggestionTests
{
    [Fact]
    public void Remembered_answers_are_the_answers_worked_out_afresh()
    {
        var names = new[] { "km", "tonnes", "million", "billion" };
        var fresh = new NameSuggestions(() => names);
        var remembered = new RememberedSuggestions(new NameSuggestions(() => names));
        var asked = new[] { "tonnez", "prisoners", "milion", "km", "KM", "troops" };

        for (var round = 0; round < 2; round++)
        {
            foreach (var word in asked) Assert.Equal(fresh.Suggest(word), remembered.Suggest(word));
        }

        // Past the memory's bound, answers are still right, just no longer kept.
        for (var i = 0; i < 1100; i++)
        {
            var word = "noun" + i.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(fresh.Suggest(word), remembered.Suggest(word));
        }

        foreach (var word in asked) Assert.Equal(fresh.Suggest(word), remembered.Suggest(word));
        Assert.Equal("tonnes", remembered.Suggest("tonnez"));
        Assert.Null(remembered.Suggest("prisoners"));
    }
}
