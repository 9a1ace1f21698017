using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The publication log line says when the folder's binding was carried over from the version before: it is how a
/// benchmark through the real server counts the edits the copy served, so it must say so exactly then.
/// </summary>
public sealed class BoundByCopyLogTests
{
    private const string Text = "party USA state \"United States\";\nUSA says \"xy\";\n";

    [Theory]
    [InlineData("USA says \"x", true)]
    [InlineData("party USA state \"Uni", false)]
    public async Task A_publication_says_bound_by_copy_only_when_the_binding_was_copied(string before, bool copied)
    {
        using var temp = new TempFolder("negc-copy-log-");
        using var log = new StringWriter();
        var synchronized = TextWriter.Synchronized(log);
        var client = await LspTestClient.StartAsync(temp.Path, log: synchronized);
        await using (client)
        {
            var uri = await client.OpenAsync(Path.Combine(temp.Path, "record.neg"), Text);
            await client.WaitForDiagnosticsAsync(uri, published => published.Version == 1);
            var line = Text[..Text.IndexOf(before, System.StringComparison.Ordinal)].Count(c => c == '\n');
            var at = new LspPosition(line, before.Length);
            await client.ChangeAsync(uri, 2, new LspRange(at, at), "e");
            await client.WaitForDiagnosticsAsync(uri, published => published.Version == 2);
            await client.SettleAsync();
        }

        var published = log.ToString().Split('\n').Where(line => line.StartsWith("negc lsp: published diagnostics of", System.StringComparison.Ordinal)).ToList();
        Assert.False(published[0].EndsWith(", bound by copy", System.StringComparison.Ordinal));
        Assert.Equal(copied, published[^1].EndsWith(", bound by copy", System.StringComparison.Ordinal));
        Assert.DoesNotContain("carrying the binding over failed", log.ToString(), System.StringComparison.Ordinal);
    }
}
