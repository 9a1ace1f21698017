using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using NegotiationDsl.Cli.Output.Diff;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The unified diff of <c>negc format --diff</c>: applying it to the old text gives the new one (a property over
/// random texts, with a small <c>patch</c> written here), the hunks have diff(1)'s headers and three lines of
/// context, and the script is the shortest one.
/// </summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_one()
    {
        // Few distinct lines, so that texts share many of them and the script has to choose; some last lines lack a break.
        var genLine = Gen.OneOf("a", "b", "c", "d", "party USA;", "", "  x").Select(line => line + "\n");
        var genText = Gen.Select(genLine.Array[0, 30], Gen.Bool).Select((lines, cut) =>
        {
            var text = string.Concat(lines);
            return cut && text.Length > 0 ? text[..^1] : text;
        });

        Gen.Select(genText, genText).Sample((before, after) =>
        {
            var hunks = UnifiedDiff.Hunks(before, after);
            Assert.Equal(before == after, hunks.Count == 0);
            Assert.Equal(after, Apply(before, Render(hunks)));
        }, iter: 2000);
    }

    [Fact]
    public void Hunks_keep_three_lines_of_context_and_merge_when_their_context_meets()
    {
        var before = Lines(1, 20);
        var after = before.Replace("\n5\n", "\nfive\n", StringComparison.Ordinal).Replace("\n11\n", "\neleven\n", StringComparison.Ordinal).Replace("\n19\n", "\nnineteen\n", StringComparison.Ordinal);

        var text = Render(UnifiedDiff.Hunks(before, after));

        Assert.Equal(
            "--- old\n+++ new\n" +
            "@@ -2,13 +2,13 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n-11\n+eleven\n 12\n 13\n 14\n" +
            "@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n",
            text);
    }

    [Theory]
    [InlineData("", "a\n", "@@ -0,0 +1 @@\n+a\n")]
    [InlineData("a\n", "", "@@ -1 +0,0 @@\n-a\n")]
    [InlineData("a\nb", "a\nb\n", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")]
    [InlineData("a\nb\nc\n", "a\nc\n", "@@ -1,3 +1,2 @@\n a\n-b\n c\n")]
    public void Edge_hunks_are_written_as_diff_writes_them(string before, string after, string expected)
    {
        Assert.Equal("--- old\n+++ new\n" + expected, Render(UnifiedDiff.Hunks(before, after)));
    }

    [Fact]
    public void The_script_is_the_shortest()
    {
        var edits = LineDiff.Compute(["a\n", "b\n", "c\n", "a\n", "b\n", "b\n", "a\n"], ["c\n", "b\n", "a\n", "b\n", "a\n", "c\n"]);

        Assert.Equal(5, edits.Count(edit => edit.Kind != LineEditKind.Same));
    }

    [Fact]
    public void A_file_whose_every_line_changes_is_diffed_in_linear_time_and_still_applies()
    {
        var before = string.Concat(Enumerable.Range(0, 200_000).Select(i => "\tline " + i.ToString(CultureInfo.InvariantCulture) + "\n"));
        var after = before.Replace("\t", "  ", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var hunks = UnifiedDiff.Hunks(before, after);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        // Myers's search copies the diagonals every round: without its work limit, the 400,000 rounds this diff needs
        // would allocate hundreds of gigabytes. The bytes this thread allocated do not depend on the machine's load,
        // unlike the time it took.
        Assert.True(allocated < 1000L * 200_000, $"Allocated {allocated:N0} bytes.");
        // Only a hang guard, never a measure of speed.
        Assert.True(clock.Elapsed < HangGuard.Time, clock.Elapsed.ToString());
        Assert.Equal(after, Apply(before, Render(hunks)));
    }

    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => i.ToString(CultureInfo.InvariantCulture) + "\n"));

    private static string Render(IReadOnlyList<DiffHunk> hunks) =>
        string.Concat(UnifiedDiff.Lines("old", "new", hunks).Select(line => line.Text + "\n"));

    /// <summary>A strict patch(1): every context and removed line must match where the hunk header says it is.</summary>
    private static string Apply(string before, string diff)
    {
        var old = LineDiff.SplitLines(before);
        var result = new StringBuilder();
        var lines = diff.Split('\n')[..^1];
        if (lines.Length == 0) return before;
        Assert.StartsWith("--- ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ ", lines[1], StringComparison.Ordinal);
        var next = 0;
        var i = 2;
        while (i < lines.Length)
        {
            var header = System.Text.RegularExpressions.Regex.Match(lines[i], @"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$");
            Assert.True(header.Success, lines[i]);
            var oldCount = header.Groups[2].Success ? int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            var oldStart = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) - (oldCount == 0 ? 0 : 1);
            Assert.True(oldStart >= next);
            for (; next < oldStart; next++) result.Append(old[next]);
            i++;
            string? pending = null;
            while (i < lines.Length && !lines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                var line = lines[i];
                var hasBreak = i + 1 >= lines.Length || lines[i + 1] != UnifiedDiff.NoNewlineMarker;
                var text = line[1..] + (hasBreak ? "\n" : "");
                switch (line[0])
                {
                    case ' ':
                        Assert.Equal(old[next++], text);
                        result.Append(text);
                        break;
                    case '-':
                        Assert.Equal(old[next++], text);
                        break;
                    case '+':
                        result.Append(text);
                        break;
                    default:
                        Assert.Fail("unexpected line " + line);
                        break;
                }

                i += hasBreak ? 1 : 2;
                pending = line;
            }

            Assert.NotNull(pending);
        }

        for (; next < old.Count; next++) result.Append(old[next]);
        return result.ToString();
    }
}
