using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Hosting.Output.Files;
using NegotiationDsl.Tests.Emit;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The names of a build's outputs: every compilation keeps its own model, JSON and reports, even when two
/// names become the same class or differ only in case; no name is empty, hidden or too long to write.
/// </summary>
public sealed class OutputNameTests : CliTestBase
{
    private const string Record = "party A;\nc: A commits \"x\" on 2022-01-21 by next_week;\n";

    private (string Output, List<string> Files) Build(params string[] relativePaths)
    {
        foreach (var path in relativePaths) Write(Path.Combine("in", path), Record.Replace("\"x\"", "\"" + path + "\"", StringComparison.Ordinal));
        var output = Path.Combine(Folder, "out");
        var (exitCode, printed, error) = Run(["build", Path.Combine(Folder, "in"), "-o", output]);
        Assert.True(exitCode == 0, printed + error);
        var outputs = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(file => Path.GetFileName(file) != OutputFolderLock.FileName);
        return (output, outputs.Select(file => Path.GetRelativePath(output, file)).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Compilations_whose_names_become_the_same_class_each_keep_their_model()
    {
        var (output, files) = Build(Path.Combine("d1", "x-y.neg"), Path.Combine("d2", "x_y.neg"));

        var models = files.Where(file => file.EndsWith(".g.cs", StringComparison.Ordinal)).Select(file => File.ReadAllText(Path.Combine(output, file))).ToArray();
        Assert.Equal(2, models.Length);
        Assert.Equal(2, files.Count(file => file.EndsWith(".json", StringComparison.Ordinal)));
        var (diagnostics, assembly) = GeneratedCode.Compile(models);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, assembly!.GetTypes().Count(type => type.DeclaringType is null && type.Namespace == "NegotiationRecords"));
    }

    [Fact]
    public void No_two_outputs_differ_only_in_case()
    {
        var (_, files) = Build(Path.Combine("d1", "ab.neg"), Path.Combine("d2", "A-B.neg"), Path.Combine("d3", "AB.neg"));

        Assert.Equal(3 * 5, files.Count);
        Assert.Equal(files.Count, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_record_file_named_dot_neg_writes_visible_outputs_inside_their_folders()
    {
        var (_, files) = Build(Path.Combine("d", ".neg"));

        Assert.Equal(5, files.Count);
        Assert.All(files, file => Assert.Equal(2, file.Split(Path.DirectorySeparatorChar).Length));
        Assert.All(files, file => Assert.False(Path.GetFileName(file).StartsWith('.'), file));
    }

    [Fact]
    public void A_250_byte_file_name_builds_and_every_output_name_leaves_room_for_temporary_files()
    {
        var (_, files) = Build(Path.Combine("d", new string('n', 250) + ".neg"), Path.Combine("e", new string('ж', 125) + ".neg"));

        Assert.Equal(2 * 5, files.Count);
        // The writers add a prefix and a suffix of up to 40 bytes for a temporary file beside the target.
        Assert.All(files, file => Assert.InRange(Encoding.UTF8.GetByteCount(Path.GetFileName(file)), 1, 255 - 40));
    }

    [Fact]
    public void The_names_are_the_same_in_every_run()
    {
        var (_, first) = Build(Path.Combine("d1", "x-y.neg"), Path.Combine("d2", "x_y.neg"), Path.Combine("d3", new string('n', 250) + ".neg"));
        Directory.Delete(Path.Combine(Folder, "out"), recursive: true);

        var (_, second) = Build(Path.Combine("d1", "x-y.neg"), Path.Combine("d2", "x_y.neg"), Path.Combine("d3", new string('n', 250) + ".neg"));

        Assert.Equal(first, second);
    }
}
