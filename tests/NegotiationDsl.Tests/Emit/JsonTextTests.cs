using NegotiationDsl.Emit.Json;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// Lone surrogates become U+FFFD before the writer sees them, so the documented behaviour does not depend
/// on the System.Text.Json version (the .NET 10 writer happens to do the same; older ones threw).
/// </summary>
public sealed class JsonTextTests
{
    /// <summary>In code, not in attributes: attribute strings are stored as UTF-8, which would already replace the surrogates.</summary>
    private static readonly (string Text, string Expected)[] Cases =
    {
        ("plain", "plain"),
        ("", ""),
        ("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
        ("\uD800", "\uFFFD"),
        ("\uDC00x", "\uFFFDx"),
        ("x\uD800", "x\uFFFD"),
        ("\uDE00\uD83D", "\uFFFD\uFFFD"),
        ("\uD800\uD83D\uDE00\uDC00", "\uFFFD\uD83D\uDE00\uFFFD"),
    };

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_nothing_else_changes()
    {
        Assert.All(Cases, item => Assert.Equal(item.Expected, JsonText.Sanitize(item.Text)));
    }

    [Fact]
    public void A_valid_string_is_returned_as_it_is()
    {
        var text = "Россия 😀";

        Assert.Same(text, JsonText.Sanitize(text));
    }
}
