using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Handlers;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Tests.Cli;
using NegotiationDsl.Tests.Infrastructure;
using StreamJsonRpc;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// The server's own requests for the editor's views: <c>negotiationdsl/commitments</c> says what <c>negc status</c>
/// says, and <c>negotiationdsl/report</c> gives the page <c>negc report</c> writes, byte for byte.
/// </summary>
public sealed class RecordViewsTests
{
    private const int InvalidParams = -32602;

    private static readonly string[] ExampleFolders = Directory.GetDirectories(RepoPaths.Examples)
        .Where(folder => Directory.GetFiles(folder, "*.neg").Length > 0)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public async Task Every_commitment_has_the_deadline_and_state_negc_status_prints_for_it()
    {
        await using var client = await LspTestClient.StartAsync();
        var answer = await client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { });

        Assert.False(answer.Truncated);
        Assert.Equal(ExampleFolders.Select(Path.GetFileName), answer.Folders.Select(folder => folder.Name));
        // The server binds the whole archive, as `negc status examples/` does: each folder's day is one that run evaluates on.
        var (archiveExit, archiveTable, archiveError) = CliRunner.Run("status", RepoPaths.Examples);
        Assert.True(archiveExit == 0, archiveError);
        foreach (var folder in answer.Folders.Where(folder => folder.Records.Any(record => record.Commitments.Length > 0)))
        {
            Assert.Contains($"Commitments as of {folder.AsOf}:\n", archiveTable, StringComparison.Ordinal);
            var (exitCode, table, error) = CliRunner.Run("status", Path.Combine(RepoPaths.Examples, folder.Name), "--as-of", folder.AsOf!);
            Assert.True(exitCode == 0, error);
            var entries = folder.Records.SelectMany(record => record.Commitments).ToList();
            Assert.Contains($"\n{entries.Count} commitment(s).\n", table, StringComparison.Ordinal);
            foreach (var entry in entries.Where(entry => entry.Label is not null))
            {
                var row = table.Split('\n').Single(line => line.StartsWith(entry.Label + " ", StringComparison.Ordinal));
                Assert.Contains(" " + entry.Deadline + " ", row, StringComparison.Ordinal);
                Assert.Contains(" " + entry.StateText + " ", row + " ", StringComparison.Ordinal);
                Assert.Contains(string.Join(", ", entry.Debtors), row, StringComparison.Ordinal);
            }
        }

        var geneva = answer.Folders.Single(folder => folder.Name == "geneva-2022");
        var response = geneva.Records.Single().Commitments.Single(entry => entry.Label == "written_response");
        Assert.Equal(("fulfilled", "fulfilled", "2022-01-24..2022-01-30 (week)"), (response.State, response.StateText, response.Deadline));
        Assert.Equal(["Blinken"], response.Debtors);
        Assert.Equal(["Russia"], response.Creditors);
        Assert.Equal(LspTestClient.Uri(LspTestClient.GenevaPath), response.Location.Uri);
        var line = File.ReadAllLines(LspTestClient.GenevaPath)[response.Location.Range.Start.Line];
        Assert.Equal("written_response", line.Substring(response.Location.Range.Start.Character, "written_response".Length));
    }

    [Fact]
    public async Task A_day_asked_for_is_the_day_of_every_folder()
    {
        await using var client = await LspTestClient.StartAsync();
        var answer = await client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { asOf = "1900-01-01" });

        Assert.All(answer.Folders, folder => Assert.Equal("1900-01-01", folder.AsOf));
        var entries = answer.Folders.SelectMany(folder => folder.Records).SelectMany(record => record.Commitments).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.Equal(("not-made-yet", "not made yet"), (entry.State, entry.StateText)));
    }

    [Theory]
    [InlineData("2022-13-01", "is not a date (YYYY-MM-DD)")]
    [InlineData("yesterday", "is not a date (YYYY-MM-DD)")]
    [InlineData("0000-01-01", "is outside the calendar")]
    public async Task A_day_that_is_not_a_date_of_the_calendar_is_refused_as_invalid_parameters(string asOf, string problem)
    {
        await using var client = await LspTestClient.StartAsync();

        // StreamJsonRpc raises InvalidParams as "no method takes these parameters".
        var commitments = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { asOf }));
        var report = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync<ReportResult>("negotiationdsl/report", new { textDocument = new { uri = LspTestClient.Uri(LspTestClient.GenevaPath) }, asOf }));

        Assert.All([commitments, report], error => Assert.Equal(InvalidParams, (int)error.ErrorCode));
        Assert.Contains(problem, commitments.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsaved_edit_shows_in_the_commitments_at_once()
    {
        await using var client = await LspTestClient.StartAsync();
        var edited = File.ReadAllText(LspTestClient.GenevaPath).Replace("written_response", "written_answer", StringComparison.Ordinal);
        await client.OpenAsync(LspTestClient.GenevaPath, edited);

        var answer = await client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { });

        var labels = answer.Folders.Single(folder => folder.Name == "geneva-2022").Records.Single().Commitments.Select(entry => entry.Label);
        Assert.Equal(["allies_talks", "written_answer"], labels);
    }

    [Fact]
    public async Task A_client_that_asked_is_told_when_an_edit_changes_the_commitments_of_a_folder()
    {
        await using var client = await LspTestClient.StartAsync();
        Assert.True(client.Capabilities.GetProperty("negotiationCommitmentsChangedNotification").GetBoolean());
        await client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { });
        var uri = await client.OpenAsync(LspTestClient.GenevaPath);
        var folder = CommitmentsHandler.FolderUri(Path.GetDirectoryName(Path.GetFullPath(LspTestClient.GenevaPath))!);
        // The first compilation of the folder after the request is told of.
        var before = await WaitForToldAsync(client, folder, atLeast: 1);

        var text = File.ReadAllText(LspTestClient.GenevaPath);
        await client.ChangeAsync(uri, 2, null, text.Replace("written_response", "written_answer", StringComparison.Ordinal));

        await WaitForToldAsync(client, folder, atLeast: before + 1);
    }

    private static async Task<int> WaitForToldAsync(LspTestClient client, string folder, int atLeast)
    {
        var deadline = DateTime.UtcNow + HangGuard.Time;
        int Told() => client.CommitmentsChanged.Count(told => told == folder);
        while (Told() < atLeast && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.True(Told() >= atLeast, $"{Told()} {CommitmentsWatch.Method} for {folder}, expected {atLeast}; got: {string.Join(", ", client.CommitmentsChanged)}");
        return Told();
    }

    [Fact]
    public async Task Record_text_in_the_commitments_shows_hidden_characters_by_code()
    {
        // Opened, never saved: a lone surrogate cannot be written to a file.
        await using var client = await LspTestClient.StartAsync();
        var uri = await client.OpenAsync(Path.Combine(Path.GetTempPath(), "negc-commitments-hostile", "hostile.neg"), HostileStrings.Record());

        var answer = await client.RequestAsync<CommitmentsResult>("negotiationdsl/commitments", new { });

        var record = answer.Folders.SelectMany(folder => folder.Records).Single(record => record.Uri == uri);
        Assert.Equal(HostileStrings.Values.Count, record.Commitments.Length);
        var shown = record.Commitments.SelectMany(entry => new[] { entry.Deliverable, entry.StateText, entry.Deadline, entry.Label ?? "" }.Concat(entry.Debtors).Concat(entry.Creditors))
            .Append(record.Title)
            .ToList();
        Assert.All(shown, field => Assert.Empty(HostileStrings.RawHidden(field)));
    }

    [Fact]
    public async Task The_report_of_each_example_folder_is_the_page_negc_report_writes()
    {
        using var output = new TempFolder("negc-report-request-");
        await using var client = await LspTestClient.StartAsync();
        foreach (var folder in ExampleFolders)
        {
            var record = Directory.GetFiles(folder, "*.neg").Order(StringComparer.Ordinal).First();
            var answer = await client.RequestAsync<ReportResult>("negotiationdsl/report", new { textDocument = new { uri = LspTestClient.Uri(record) } });

            var (exitCode, _, error) = CliRunner.Run("report", folder, "-o", output.Path, "--format", "html");
            Assert.True(exitCode == 0, error);
            Assert.Equal(0, answer.Errors);
            Assert.Equal(LspTestClient.Uri(folder), answer.FolderUri);
            Assert.Equal(File.ReadAllText(Path.Combine(output.Path, "reports", answer.Name + ".html")), answer.Html);
        }
    }

    [Fact]
    public async Task A_folder_with_errors_has_no_report_but_its_count_of_errors()
    {
        using var records = new TempFolder("negc-report-errors-");
        var path = records.Write("broken.neg", "record \"Talks\" source \"Test\";\nmeeting talks on 2022-01-10 <\n  USA commits to \"x\" by ;\n>\n");
        await using var client = await LspTestClient.StartAsync(records.Path);

        var answer = await client.RequestAsync<ReportResult>("negotiationdsl/report", new { textDocument = new { uri = LspTestClient.Uri(path) } });

        Assert.Null(answer.Html);
        Assert.True(answer.Errors > 0);
        Assert.Equal("broken", answer.Name);
    }

    [Fact]
    public async Task A_folder_the_server_does_not_hold_is_a_failed_request()
    {
        await using var client = await LspTestClient.StartAsync();

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<ReportResult>("negotiationdsl/report", new { textDocument = new { uri = LspTestClient.Uri("/nowhere/at/all.neg") } }));

        Assert.Equal(-32803, error.ErrorCode);
    }
}
