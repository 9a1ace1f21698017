using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Roles and capacity in the editor (language.md §20): completion of the role names, the hover cards, semantic tokens.</summary>
public sealed class RoleAndCapacityEditorTests
{
    private const string Text = "party USA state;\nperson Carter of USA;\nperson Sadat;\ncd: meeting \"Camp David\" with Sadat, Carter role mediator Carter < >\n";

    [Fact]
    public async Task After_role_the_names_of_the_role_table_are_offered_then_the_actors()
    {
        var roles = await Complete("meeting X with Sadat role ");
        var holders = await Complete("meeting X with Sadat role chair ");

        Assert.Contains(roles, item => item.Label == "mediator" && item.Kind == CompletionItemKind.Constant);
        Assert.Contains(holders, item => item.Label == "Carter");
    }

    [Fact]
    public async Task The_meeting_card_lists_its_roles_and_the_role_name_is_coloured_as_a_keyword()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/roles.neg", Text);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Text, "cd:")));
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();
        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        Assert.Contains("- mediator: Carter", hover!.Contents.Value, System.StringComparison.Ordinal);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "mediator")].Type);
        Assert.Equal("person", tokens[LspTestClient.PositionOf(Text, "Carter <")].Type);
    }

    [Fact]
    public async Task The_statement_card_shows_the_capacity()
    {
        const string text = "party OSCE organisation;\nperson Steinmeier office \"Chairperson-in-Office\" of OSCE from 2016-01-01;\ns: Steinmeier says \"x\" on 2016-03-01 as \"Chairperson-in-Office\";\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/capacity.neg", text);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(text, "s:")));

        Assert.Contains("by Steinmeier as Chairperson-in-Office", hover!.Contents.Value.Replace("\\-", "-", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }

    private static async Task<CompletionItem[]> Complete(string line)
    {
        var text = Text + line;
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/roles-completion.neg", text);
        var list = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(4, line.Length)));
        return list.Items;
    }
}
