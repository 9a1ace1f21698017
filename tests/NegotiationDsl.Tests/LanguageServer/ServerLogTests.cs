using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The server's stderr log carries paths and URIs the client and the disk chose: shown in a terminal or a CI log, a
/// line must neither drive it nor fake a line of its own.
/// </summary>
public sealed class ServerLogTests
{
    [Fact]
    public async Task Log_lines_about_a_hostile_folder_name_are_one_escaped_line_each()
    {
        using var temp = new TempFolder("negc-log-");
        var folder = Path.Combine(temp.Path, "\u001B]0;owned\u0007 \u001B[2J x\u2028y\nnegc lsp: faked \u202Etxt");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "b.neg"), "party B;\n");
        using var log = new StringWriter();
        var synchronized = TextWriter.Synchronized(log);
        var client = await LspTestClient.StartAsync(temp.Path, log: synchronized);
        await using (client)
        {
            var uri = await client.OpenAsync(Path.Combine(folder, "a.neg"), "meeting Geneva < Nobody says \"x\"; >\n");
            await client.WaitForDiagnosticsAsync(uri, published => published.Diagnostics.Length > 0);
            await client.SettleAsync();
        }

        var lines = log.ToString().TrimEnd('\n').Split('\n');
        Assert.Contains(lines, line => line.StartsWith("negc lsp: published diagnostics of", System.StringComparison.Ordinal) && line.Contains("\\u001B]0;owned\\u0007", System.StringComparison.Ordinal));
        Assert.All(lines, line => Assert.StartsWith("negc lsp: ", line, System.StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("negc lsp: faked", System.StringComparison.Ordinal));
        Assert.Empty(HostileStrings.RawHidden(log.ToString()));
    }
}
