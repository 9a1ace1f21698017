using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// Semantic tokens of an agreement's declaration and life (language.md §16), and renaming a person who holds a role
/// or speaks in a capacity (§20): the role clause refers to the person like any other reference.
/// </summary>
public sealed class AgreementTokenAndRoleRenameTests
{
    [Fact]
    public async Task An_agreement_its_attributes_and_its_verbs_are_coloured()
    {
        const string text = "party USA state;\nperson Obama of USA;\n" +
            "accord: agreement \"An accord\" kind treaty stage framework term 10 years;\n" +
            "Obama signs accord for USA on 2010-04-08;\n" +
            "limits: USA commits \"x\" under accord after in_force within 7 years;\n" +
            "in_force: accord enters into force on 2011-02-05;\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/agreement-tokens.neg", text);

        var tokens = await EditorFeatureTests.TokensAsync(client, uri);

        Assert.Equal("label", tokens[LspTestClient.PositionOf(text, "accord:")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "agreement")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "kind")].Type);
        Assert.Equal("keyword", tokens[LspTestClient.PositionOf(text, "signs")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(text, "accord for")].Type);
        Assert.Equal("person", tokens[LspTestClient.PositionOf(text, "Obama signs")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(text, "accord after")].Type);
        Assert.Equal("label", tokens[LspTestClient.PositionOf(text, "accord enters")].Type);
    }

    [Fact]
    public async Task Renaming_a_person_renames_the_role_holders_and_keeps_the_capacity_text()
    {
        const string text = "party USA state;\nperson Carter office \"President\" of USA from 1977-01-20;\nperson Sadat;\n" +
            "meeting \"Camp David\" 1978-09-17 with Sadat, Carter role mediator Carter role chair Carter < >\n" +
            "Carter says \"x\" on 1978-09-17 as \"President\";\n";
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync("/virtual/role-rename.neg", text);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), LspTestClient.PositionOf(text, "Carter office", offset: 1), "JimmyCarter"));

        var renamed = RenameTests.Apply(text, edit.Changes[uri]);
        Assert.Contains("with Sadat, JimmyCarter role mediator JimmyCarter role chair JimmyCarter < >", renamed, System.StringComparison.Ordinal);
        Assert.Contains("JimmyCarter says \"x\" on 1978-09-17 as \"President\";", renamed, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Carter", renamed.Replace("JimmyCarter", "", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }
}
