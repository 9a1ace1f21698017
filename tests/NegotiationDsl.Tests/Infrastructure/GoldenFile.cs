using System;
using System.IO;
using System.Text;
using Xunit.Sdk;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions with an accept workflow: on a mismatch the actual output is written next to
/// the golden file as <c>*.actual.*</c> for diffing; <c>NEG_UPDATE_GOLDEN=1 dotnet test</c> accepts it.
/// A missing golden file always fails (and is never written silently in CI).
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "NEG_UPDATE_GOLDEN";

    private static bool Updating =>
        Environment.GetEnvironmentVariable(UpdateVariable) == "1" &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var actualPath = ActualPath(goldenPath);
        if (Updating)
        {
            File.WriteAllText(goldenPath, actual);
            if (File.Exists(actualPath)) File.Delete(actualPath);
            return;
        }

        if (!File.Exists(goldenPath))
        {
            File.WriteAllText(actualPath, actual);
            throw new XunitException($"Golden file missing: {goldenPath}\nThe actual output was written to {actualPath}.\nReview it, then run `{UpdateVariable}=1 dotnet test` to accept.");
        }

        var expected = ReadKeepingByteOrderMark(goldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            if (File.Exists(actualPath)) File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        throw new XunitException($"Output differs from {goldenPath} at line {FirstDifferentLine(expected, actual)}.\n" +
            $"diff {goldenPath} {actualPath}\nRun `{UpdateVariable}=1 dotnet test` to accept the new output.");
    }

    /// <summary>
    /// The golden file's text with a leading byte order mark kept as U+FEFF (File.ReadAllText drops it), so an output
    /// that must start with one (the CSV reports) is compared with it; File.WriteAllText writes U+FEFF as EF BB BF.
    /// </summary>
    private static string ReadKeepingByteOrderMark(string path) => new UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    private static string ActualPath(string goldenPath)
    {
        var extension = Path.GetExtension(goldenPath);
        return Path.ChangeExtension(goldenPath, null) + ".actual" + extension;
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i]) return i + 1;
        }

        return Math.Min(expectedLines.Length, actualLines.Length) + 1;
    }
}
