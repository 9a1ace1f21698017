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
        HostileStrings.Named(name).Value.Replace('/', '_').Replace('\0', '_') + ".neg";

    private const string DiagnosticLine = @"^.+\(\d+,\d+\): (error|warning|info) NEG\d{4}: .+$";

    private string WriteRecord(string name, string text)
    {
        var folder = Path.Combine(Folder, "records");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileNameFor(name));
        File.WriteAllText(file, text);
        return file;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Diagnostics_of_a_hostile_file_name_print_one_line_each(string name)
    {
        var file = WriteRecord(name, "meeting Geneva < Nobody says \"x\"; >\n");

        foreach (var terminal in new[] { false, true })
        {
            var (exitCode, output, error) = RunOn(terminal, "check", file);

            Assert.True(exitCode == 1, output + error);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(terminal ? 4 : 2, lines.Length);
            Assert.Matches(DiagnosticLine, lines[0]);
            Assert.EndsWith("(1,18): error NEG2001: 'Nobody' is not declared.", lines[0], StringComparison.Ordinal);
            Assert.Empty(HostileStrings.RawHidden(output));
        }
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Json_diagnostics_carry_a_hostile_file_name_exactly(string name)
    {
        var file = WriteRecord(name, "party A;\nmeeting Geneva < Nobody says \"x\"; >\n");

        var (_, output, _) = Run("check", "--format", "json", file);

        using var json = JsonDocument.Parse(output);
        var path = json.RootElement.GetProperty("diagnostics")[0].GetProperty("path").GetString()!;
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(path));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Tool_errors_and_progress_lines_about_a_hostile_file_name_are_one_line_each(string name)
    {
        var file = WriteRecord(name, "party   A;\nA says \"x\" on 2022-01-21;\n");
        var missing = Path.Combine(Folder, "absent", FileNameFor(name));

        var (notFound, _, notFoundError) = Run("check", missing);
        var (formatted, formatOutput, formatError) = Run("format", file);
        var (reported, reportOutput, reportError) = Run("report", file, "-o", Path.Combine(Folder, "out"));

        Assert.Equal(2, notFound);
        Assert.Single(notFoundError.TrimEnd('\n').Split('\n'));
        Assert.True(formatted == 0, formatOutput + formatError);
        Assert.Equal(["formatted", "1"], formatOutput.TrimEnd('\n').Split('\n').Select(line => line.Split(' ')[0]));
        Assert.True(reported == 0, reportOutput + reportError);
        Assert.Equal(["wrote", "wrote", "wrote"], reportOutput.TrimEnd('\n').Split('\n').Select(line => line.Split(' ')[0]));
        Assert.Empty(HostileStrings.RawHidden(notFoundError + formatOutput + formatError + reportOutput));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Tool_errors_about_links_show_a_hostile_target_or_name_by_code(string name)
    {
        var outside = Path.Combine(Folder, "outside", FileNameFor(name));
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, "party   A;\n");
        var records = Path.Combine(Folder, "records");
        Directory.CreateDirectory(records);
        File.CreateSymbolicLink(Path.Combine(records, "x.neg"), Path.Combine("..", "outside", FileNameFor(name)));
        var given = Path.Combine(Folder, "given", FileNameFor(name));
        Directory.CreateDirectory(Path.GetDirectoryName(given)!);
        File.CreateSymbolicLink(given, Path.Combine("..", "outside", FileNameFor(name)));

        var (checkedCode, checkOutput, checkError) = Run("check", records);
        var (formatCode, formatOutput, formatError) = Run("format", given);

        Assert.True(checkedCode == 2, checkOutput + checkError);
        Assert.StartsWith("negc: error NEG9009: ", Assert.Single(checkError.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.True(formatCode == 2, formatOutput + formatError);
        Assert.StartsWith("negc: error NEG9023: ", Assert.Single(formatError.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.Empty(HostileStrings.RawHidden(checkOutput + checkError + formatOutput + formatError));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_model_built_from_a_hostile_file_name_compiles_without_warnings(string name)
    {
        var file = WriteRecord(name, "party USA;\nc: USA commits \"x\" on 2022-01-21 by next_week;\n");
        var output = Path.Combine(Folder, "out");

        var (exitCode, printed, error) = Run("build", file, "-o", output, "--target", "csharp");

        Assert.True(exitCode == 0, printed + error);
        var model = Assert.Single(Directory.GetFiles(Path.Combine(output, "csharp")));
        var (diagnostics, assembly) = NegotiationDsl.Tests.Emit.GeneratedCode.Compile(File.ReadAllText(model));
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.NotNull(assembly);
        Assert.Empty(HostileStrings.RawHidden(File.ReadAllText(model)));
    }

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
        var run = json.RootElement.GetProperty("runs")[0];
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        var uri = artifact.GetProperty("uri").GetString()!;
        // Relative to its compilation's folder, which the run's originalUriBaseIds give as a file URI.
        var root = run.GetProperty("originalUriBaseIds").GetProperty(artifact.GetProperty("uriBaseId").GetString()!).GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out var parsed), uri);
        Assert.DoesNotContain('#', uri);
        Assert.DoesNotContain('?', uri);
        Assert.DoesNotContain(' ', uri);
        // Decoded by RFC 3986 rather than Uri.LocalPath, which turns an escaped backslash into a separator.
        Assert.False(parsed.IsAbsoluteUri, uri);
        var local = Uri.UnescapeDataString(root["file://".Length..]) + Uri.UnescapeDataString(uri);
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
