using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// File names are user text too: a record named after each hostile string must give a SARIF location
/// that leads back to it, and a build whose outputs are named after it must write only inside the output
/// folder the user gave.
/// </summary>
public sealed class HostileFileNameTests : CliTestBase
{
    /// <summary>Hostile strings a Linux file name can hold: no '/', no NUL, not empty, valid UTF-16 (file names are stored as UTF-8).</summary>
    public static TheoryData<string> FileNames() => new(HostileStrings.All
        .Where(hostile => hostile.Value.Length > 0 && hostile.Value == hostile.Expected)
        .Select(hostile => hostile.Name));

    private static string FileNameFor(string name) =>
        HostileStrings.Named(name).Value.Replace('/', '_').Replace('\0', '_').Replace("\n", "_", StringComparison.Ordinal).Replace("\r", "_", StringComparison.Ordinal) + ".neg";

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_sarif_log_for_a_hostile_file_name_is_valid_and_its_uri_leads_back_to_the_file(string name)
    {
        var folder = Path.Combine(Folder, "records");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileNameFor(name));
        File.WriteAllText(file, "meeting Geneva < Blinken says \"x\"; >\n");

        var (exitCode, output, _) = Run("check", "--format", "sarif", folder);

        Assert.Equal(1, exitCode);
        var errors = SarifTests.Schema.Value.Validate(output);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + output);
        using var json = JsonDocument.Parse(output);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out var parsed), uri);
        Assert.DoesNotContain('#', uri);
        Assert.DoesNotContain('?', uri);
        Assert.DoesNotContain(' ', uri);
        // Decoded by RFC 3986 rather than Uri.LocalPath, which turns an escaped backslash into a separator.
        var local = Uri.UnescapeDataString(parsed.IsAbsoluteUri ? uri["file://".Length..] : uri);
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(local));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void A_build_named_after_a_hostile_file_writes_only_inside_the_output_folder(string name)
    {
        var input = Path.Combine(Folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, FileNameFor(name)), "party USA;\nmeeting Geneva 2022-01-21 < USA says \"x\"; >\n");
        var output = Path.Combine(Folder, "deep", "out");

        var (exitCode, printed, error) = Run("build", Path.Combine(input, FileNameFor(name)), "-o", output, "--target", "all");

        Assert.True(exitCode == 0, printed + error);
        var outside = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(path => !path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "json")));
    }
}
