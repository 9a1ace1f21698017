using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Quantities in the editor: hover, the inlay hint of a scaled value, completion of bounds and units, semantic tokens.</summary>
public sealed class QuantityTests
{
    private const string Text =
        "party A state;\n" +
        "A commits \"aid\" amount USD 1.5 billion amount at least 50 km \"security zone\";\n" +
        "meeting Geneva 2022-01-21 about 8h < >\n";

    [Fact]
    public async Task Hovering_a_quantity_shows_its_value_unit_and_bound()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/quantities.neg", Text);

        var money = await Hover(client, uri, LspTestClient.PositionOf(Text, "1.5 billion"));
        var distance = await Hover(client, uri, LspTestClient.PositionOf(Text, "km"));

        Assert.Contains("**USD 1.5 billion**", money.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("value: 1,500,000,000", money.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("currency: USD (ISO 4217)", money.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal(LspTestClient.PositionOf(Text, "USD"), money.Range!.Start);
        Assert.Contains("unit: km, kilometres", distance.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("- at least", distance.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("of: \"security zone\"", distance.Contents.Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_card_shows_a_bounded_duration()
    {
        var text = "geneva: meeting Geneva 2022-01-21 about 8h < >\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/meeting.neg", text);

        var hover = await Hover(client, uri, LspTestClient.PositionOf(text, "geneva:"));

        Assert.Contains("duration: about 8 h", hover.Contents.Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inlay_hint_gives_a_scaled_value_in_full()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/quantities.neg", Text);

        var hints = await client.RequestAsync<InlayHint[]>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(uri), new LspRange(new LspPosition(0, 0), new LspPosition(100, 0))));

        var hint = Assert.Single(hints);
        Assert.Equal("= 1,500,000,000", hint.Label);
        Assert.Equal(LspTestClient.PositionOf(Text, " amount at least"), hint.Position);
    }

    [Theory]
    [InlineData("party A;\nA says \"x\" amount |", "about")]
    [InlineData("party A;\nA says \"x\" amount |", "USD")]
    [InlineData("party A;\nA says \"x\" amount at |", "least")]
    [InlineData("party A;\nA says \"x\" amount 50 |", "km")]
    [InlineData("party A;\nA says \"x\" amount 1.5 |", "billion")]
    [InlineData("party A;\nA says \"x\" |", "amount")]
    public async Task Completion_offers_bounds_currencies_scale_words_and_units(string source, string expected)
    {
        var items = await LspTestClient.CompleteAsync(source);

        Assert.Contains(expected, items.Select(item => item.Label));
    }

    [Fact]
    public async Task Units_around_a_number_are_unit_tokens()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/quantities.neg", Text);
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();

        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        Assert.Equal("unit", tokens[LspTestClient.PositionOf(Text, "USD")].Type);
        Assert.Equal("unit", tokens[LspTestClient.PositionOf(Text, "billion")].Type);
        Assert.Equal("number", tokens[LspTestClient.PositionOf(Text, "1.5")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "least")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "amount")].Type);
    }

    private static async Task<Hover> Hover(LspTestClient client, string uri, LspPosition position) =>
        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, position)) ?? throw new Xunit.Sdk.XunitException("no hover");
}
