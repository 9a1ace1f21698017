using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
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
        Assert.Equal(RememberedSuggestions.MaxRemembered, remembered.Count);
    }

    [Fact]
    public void Threads_asking_at_once_get_the_fresh_answers_and_never_overfill_the_memory()
    {
        var names = new[] { "km", "tonnes", "million", "billion" };
        var fresh = new NameSuggestions(() => names);
        var remembered = new RememberedSuggestions(new NameSuggestions(() => names));
        // Twice as many words as the memory holds, each asked twice, with typos of a unit among them.
        var words = Enumerable.Range(0, 4 * RememberedSuggestions.MaxRemembered)
            .Select(i => i % (2 * RememberedSuggestions.MaxRemembered))
            .Select(word => word % 5 == 0 ? "tonnez" + new string('s', word % 2) : "noun" + word.ToString(CultureInfo.InvariantCulture))
            .ToArray();

        var answers = new string?[words.Length];
        Parallel.For(0, words.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => answers[i] = remembered.Suggest(words[i]));

        for (var i = 0; i < words.Length; i++) Assert.Equal(fresh.Suggest(words[i]), answers[i]);
        Assert.Equal(RememberedSuggestions.MaxRemembered, remembered.Count);
    }
}
