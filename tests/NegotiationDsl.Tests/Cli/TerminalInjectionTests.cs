using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// What negc prints on a terminal or into a log: record text cannot clear the screen, set the window title,
/// ring the bell or fake a line. Escape sequences, controls, line breaks and invisible characters are shown
/// as <c>\u001B</c> and the like; only the colours negc adds itself remain.
/// </summary>
public sealed class TerminalInjectionTests : CliTestBase
{
    private const string DiagnosticLine = @"^.+\(\d+,\d+\): (error|warning|info) NEG\d{4}: .+$";

    [Fact]
    public void Status_prints_one_row_per_commitment_whatever_the_record_text()
    {
        var file = WriteUtf8("hostile.neg", HostileStrings.Record());

        var (exitCode, output, error) = Run("status", "--as-of", "2022-01-31", file);

        Assert.True(exitCode == 0, output + error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(HostileStrings.All.Count + 3, lines.Length);
        Assert.StartsWith("ID ", lines[1], StringComparison.Ordinal);
        for (var i = 0; i < HostileStrings.All.Count; i++)
            Assert.StartsWith("c" + i.ToString(CultureInfo.InvariantCulture) + " ", lines[i + 2], StringComparison.Ordinal);
        Assert.Empty(HostileStrings.RawHidden(output));
    }

    [Fact]
    public void Status_as_json_carries_every_record_string_exactly()
    {
        var file = WriteUtf8("hostile.neg", HostileStrings.Record());

        var (exitCode, output, error) = Run("status", "--as-of", "2022-01-31", "--format", "json", file);

        Assert.True(exitCode == 0, output + error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var commitments = json.RootElement.GetProperty("commitments").EnumerateArray().ToList();
        Assert.Equal(HostileStrings.All.Select(hostile => hostile.Expected), commitments.Select(c => c.GetProperty("deliverable").GetString()));
        Assert.All(output, c => Assert.True(c is '\n' or (>= ' ' and <= '~'), $"U+{(int)c:X4} in the JSON"));
    }

    [Fact]
    public void Diagnostics_that_quote_record_text_stay_one_line_each()
    {
        // NEG2008 names both places: every hostile string as a place, all on one day for one person.
        var meetings = string.Concat(HostileStrings.Values.Select((place, i) => $"meeting {HostileStrings.NegLiteral(place)} 2022-01-21 with P < P says \"{i}\"; >\n"));
        var file = WriteUtf8("places.neg", "person P;\n" + meetings);

        foreach (var terminal in new[] { false, true })
        {
            var (_, output, _) = RunOn(terminal, "check", file);

            var lines = output.TrimEnd('\n').Split('\n');
            var diagnostics = terminal ? lines.Where((_, i) => i % 3 == 0).SkipLast(1).ToList() : lines.SkipLast(1).ToList();
            Assert.Contains(diagnostics, line => line.Contains("NEG2008", StringComparison.Ordinal));
            Assert.All(diagnostics, line => Assert.Matches(DiagnosticLine, line));
            Assert.Matches(@"^\d+ errors?, \d+ warnings? in 1 file\.$", lines[^1]);
            Assert.Empty(HostileStrings.RawHidden(output, '\t'));
        }
    }

    [Fact]
    public void The_source_excerpt_shows_hidden_characters_and_keeps_the_caret_under_the_error()
    {
        var file = Write("excerpt.neg", "party A;\nA says \"\u001B]0;owned\u0007\u001B[2J\" $;\n");

        var (_, output, _) = RunOn(true, "check", file);

        var lines = output.Split('\n');
        Assert.Equal(" 2 | A says \"\\u001B]0;owned\\u0007\\u001B[2J\" $;", lines[1]);
        Assert.Equal("   | " + new string(' ', lines[1].IndexOf('$', StringComparison.Ordinal) - 5) + "^", lines[2]);
    }

    /// <summary>As negc reads it: UTF-8, a lone surrogate of the hostile list as U+FFFD.</summary>
    private string WriteUtf8(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
        return path;
    }

    [Fact]
    public void Arguments_that_negc_does_not_know_are_shown_escaped()
    {
        var (exitCode, _, error) = Run("\u001B]0;owned\u0007", "--\u001B[2J");

        Assert.Equal(2, exitCode);
        Assert.Empty(HostileStrings.RawHidden(error));
    }

    [Fact]
    public void An_invalid_as_of_date_is_shown_escaped()
    {
        var (exitCode, _, error) = Run("status", "--as-of", "2022\u001B[2J\n01", Folder);

        Assert.Equal(2, exitCode);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Empty(HostileStrings.RawHidden(error));
    }
}
