using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>Delegations in the editor (language.md §20.3): completion, the hover cards of the meeting and of a member, semantic tokens, references and rename.</summary>
public sealed class DelegationEditorTests
{
    private const string Text =
        "party USA state;\nparty Russia state;\nperson Sherman of USA;\nperson Karpovich of USA;\nperson Ryabkov of Russia;\n" +
        "geneva: meeting Geneva 2022-01-10 with Sherman, Ryabkov\n    delegation USA Sherman, Karpovich led by Sherman\n    delegation Russia Ryabkov < >\n";

    [Fact]
    public async Task After_delegation_the_parties_then_the_persons_then_led_by()
    {
        var parties = await Complete("meeting X delegation ");
        var members = await Complete("meeting X delegation USA ");
        var more = await Complete("meeting X delegation USA Sherman ");
        var by = await Complete("meeting X delegation USA Sherman led ");
        var lead = await Complete("meeting X delegation USA Sherman led by ");

        Assert.Equal(["Russia", "USA"], parties.Select(item => item.Label));
        Assert.Equal(["Karpovich", "Ryabkov", "Sherman"], members.Select(item => item.Label));
        Assert.Contains(more, item => item.Label == "led");
        Assert.Contains(more, item => item.Label == "delegation");
        Assert.Equal(["by"], by.Select(item => item.Label));
        Assert.Contains(lead, item => item.Label == "Sherman");
        Assert.DoesNotContain(lead, item => item.Label == "USA");
    }

    [Fact]
    public async Task The_meeting_card_lists_the_delegations_and_a_members_card_the_delegations_it_was_in()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/delegations.neg", Text);

        var meeting = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Text, "geneva:")));
        var member = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(Text, "Karpovich led")));
        var legend = client.Capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToArray();
        var tokens = EditorFeatureTests.Decode(await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri))), legend);

        Assert.Contains("- delegation of USA led by Sherman: Sherman, Karpovich", meeting!.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("- delegation of Russia: Ryabkov", meeting.Contents.Value, System.StringComparison.Ordinal);
        Assert.Contains("- delegation of USA at Geneva, 2022-01-10", member!.Contents.Value.Replace("\\-", "-", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "delegation USA")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(Text, "led by")].Type);
        Assert.Equal("person", tokens[LspTestClient.PositionOf(Text, "Karpovich led")].Type);
    }

    [Fact]
    public async Task A_member_and_a_lead_are_references_of_the_person_and_rename_with_it()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/delegations-rename.neg", Text);
        var declaration = LspTestClient.PositionOf(Text, "person Sherman", offset: 7);

        var references = await client.RequestAsync<LspLocation[]>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(uri), declaration, new ReferenceContext(IncludeDeclaration: true)));
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), declaration, "Nuland"));

        // The declaration, the participant, the member and the lead.
        Assert.Equal(4, references.Length);
        Assert.Equal(4, edit!.Changes.Values.Single().Length);
    }

    private static Task<CompletionItem[]> Complete(string line) => LspTestClient.CompleteAsync(Text + line + "|");
}
