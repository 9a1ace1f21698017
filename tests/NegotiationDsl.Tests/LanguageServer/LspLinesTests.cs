using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// Positions on the wire count lines as LSP does (\n, \r\n, \r), not as the language does (also U+2028 and U+2029):
/// found by the language-server fuzzing campaign, where edits after a U+2028 landed on the wrong line.
/// </summary>
public sealed class LspLinesTests
{
    [Fact]
    public void Only_cr_lf_and_crlf_end_a_line()
    {
        var lines = LspLines.Of(SourceText.From("a\u2028b\r\nc\rd\u2029e\n"));

        Assert.Equal(4, lines.LineCount);
        Assert.Equal(new LspPosition(0, 2), lines.PositionOf(2));
        Assert.Equal(new LspPosition(1, 0), lines.PositionOf(5));
        Assert.Equal(new LspPosition(2, 2), lines.PositionOf(9));
        Assert.Equal(new LspPosition(3, 0), lines.PositionOf(11));
        Assert.Equal(3, lines.OffsetOf(new LspPosition(0, 99)));
        Assert.Equal(7, lines.OffsetOf(new LspPosition(2, 0)));
        Assert.Equal(0, lines.OffsetOf(new LspPosition(-1, 5)));
        Assert.Equal(11, lines.OffsetOf(new LspPosition(9, 0)));
    }

    [Fact]
    public async Task Diagnostics_edits_and_hover_after_a_U2028_are_on_the_editors_lines()
    {
        await using var client = await LspTestClient.StartAsync();
        const string Uri = "untitled:u2028.neg";
        var text = "party A state;\u2028person B of A;\nperson C of X;\n";
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "neg", version = 1, text } });

        var unknown = (await client.WaitForDiagnosticsAsync(Uri, published => published.Version == 1)).Diagnostics.Single(diagnostic => diagnostic.Code == "NEG2001");
        Assert.Equal(new LspRange(new LspPosition(1, 12), new LspPosition(1, 13)), unknown.Range);

        await client.ChangeAsync(Uri, 2, unknown.Range, "B");
        var fixedUp = await client.WaitForDiagnosticsAsync(Uri, published => published.Version == 2);
        Assert.DoesNotContain(fixedUp.Diagnostics, diagnostic => diagnostic.Code == "NEG2001");
        var hover = await client.RequestAsync<Hover>("textDocument/hover", LspTestClient.At(Uri, new LspPosition(1, 12)));
        Assert.Contains("B", hover.Contents.Value, System.StringComparison.Ordinal);
    }
}
