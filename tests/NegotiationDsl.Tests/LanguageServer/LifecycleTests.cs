using System.Linq;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using StreamJsonRpc;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_every_feature_with_incremental_sync()
    {
        await using var client = await LspTestClient.StartAsync();

        var capabilities = client.Capabilities;
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider",
                     "workspaceSymbolProvider", "foldingRangeProvider", "documentFormattingProvider", "inlayHintProvider" })
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        var legend = capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes");
        Assert.Contains("person", legend.EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(JsonValueKind.Object, capabilities.GetProperty("completionProvider").ValueKind);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_exit_code_zero()
    {
        var client = await LspTestClient.StartAsync();

        Assert.Equal(0, await client.ShutdownAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_method_gets_method_not_found_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<object>("textDocument/noSuchThing", new { }));

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, LspTestClient.PositionOf(File.ReadAllText(LspTestClient.GenevaPath), "Lavrov says")));
        Assert.NotNull(hover);
    }

    [Fact]
    public async Task Out_of_range_positions_are_clamped_and_unknown_documents_answer_empty()
    {
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);

        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, new LspPosition(100000, 100000)));
        await client.RequestAsync<Hover?>("textDocument/hover", LspTestClient.At(uri, new LspPosition(-5, -5)));
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", LspTestClient.At(uri, new LspPosition(3, 100000)));
        var elsewhere = await client.RequestAsync<LspLocation[]>("textDocument/definition", LspTestClient.At("file:///nowhere/absent.neg", new LspPosition(0, 0)));

        Assert.NotNull(completion);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task A_malformed_request_becomes_an_error_response_not_a_crash()
    {
        await using var client = await LspTestClient.StartAsync();

        await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync<object>("textDocument/hover", new { textDocument = 42 }));

        Assert.NotNull(await client.RequestAsync<SymbolInformation[]>("workspace/symbol", new { query = "" }));
    }
}
