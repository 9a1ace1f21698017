using System;
using System.IO;
using NegotiationDsl.Cli;
using NegotiationDsl.Cli.Commands;
using NegotiationDsl.Hosting.Files;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

public sealed class FormatCommandTests : IDisposable
{
    internal const string Unformatted = "party USA   state;party Russia state;\n";
    internal const string Formatted = "party USA state;\nparty Russia state;\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("negc-format-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Format_rewrites_files_in_place_and_leaves_no_temporary_file()
    {
        var file = Write("a.neg", Unformatted);

        var (exitCode, output, _) = Run("format", _folder);

        Assert.Equal(0, exitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Contains("1 file(s) formatted, 0 unchanged.", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_record_whose_name_has_254_bytes_is_formatted_beside_a_temporary_file_of_a_bounded_name()
    {
        var file = Write(new string('n', 250) + ".neg", Unformatted);

        var (exitCode, output, error) = Run("format", _folder);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Check_writes_nothing_and_exits_one_when_a_file_would_change()
    {
        var file = Write("a.neg", Unformatted);
        Write("b.neg", Formatted);

        var (exitCode, output, _) = Run("format", "--check", _folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Contains("would reformat", output, StringComparison.Ordinal);
        Assert.Contains("1 file(s) would be reformatted, 1 already formatted.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_zero_when_everything_is_formatted()
    {
        Write("b.neg", Formatted);

        var (exitCode, _, _) = Run("format", "--check", _folder);

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_untouched_and_the_exit_code_is_one()
    {
        const string broken = "party USA   state\nparty Russia state;\n";
        var file = Write("broken.neg", broken);

        var (exitCode, _, error) = Run("format", file);

        Assert.Equal(1, exitCode);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Contains("syntax errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_as_NEG9006_with_exit_code_two()
    {
        var file = Write("a.neg", Unformatted);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };

        var exitCode = FormatCommand.Run([file], FormatMode.Write, new CliConsole(output, error, isTerminal: false, useColor: false),
            (_, _) => throw new IOException("disk full"));

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9006", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("disk full", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Unformatted, File.ReadAllText(file));
    }

    [Fact]
    public void Formatting_keeps_the_mode_of_a_private_file()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Write("secret.neg", Unformatted);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(0, Run("format", _folder).ExitCode);

        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Formatting_keeps_the_owner_and_group_where_the_system_allows()
    {
        var file = Write("theirs.neg", Unformatted);
        // Only root may give a file to another user, so only root can check that the owner is kept.
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return;
        OutputFolderTests.RunTool("chown", "65534:65534", file);

        Assert.Equal(0, Run("format", _folder).ExitCode);

        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal((65534u, 65534u), (Disk.Entry(file)!.Value.OwnerId, Disk.Entry(file)!.Value.GroupId));
    }

    [Fact]
    public void A_group_that_cannot_be_kept_gets_no_permissions()
    {
        var file = Write("shared.neg", Unformatted);
        // Needs another user to format root's file (its group root is not theirs): only root can set that up.
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return;
        File.SetUnixFileMode(_folder, (UnixFileMode)0x1FF);
        File.SetUnixFileMode(file, (UnixFileMode)0x1B6); // rw-rw-rw-, owner and group root

        var exitCode = ExternalTool.Run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "env", "HOME=" + _folder, "dotnet", Path.Combine(AppContext.BaseDirectory, "negc.dll"), "format", file);

        Assert.Equal(0, exitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal((UnixFileMode)0x186, File.GetUnixFileMode(file)); // rw----rw-: the group, now nobody's, lost its bits
    }

    [Fact]
    public void Formatting_a_symbolic_link_writes_through_it_and_keeps_the_link()
    {
        var target = Write("real.neg", Unformatted);
        var link = Path.Combine(_folder, "link.neg");
        File.CreateSymbolicLink(link, "real.neg");

        var (exitCode, output, _) = Run("format", link);

        Assert.Equal(0, exitCode);
        Assert.Equal("real.neg", new FileInfo(link).LinkTarget);
        Assert.Equal(Formatted, File.ReadAllText(target));
        Assert.Contains("1 file(s) formatted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_found_under_a_link_and_its_own_name_is_written_once()
    {
        Write("real.neg", Unformatted);
        File.CreateSymbolicLink(Path.Combine(_folder, "link.neg"), "real.neg");

        var (exitCode, output, _) = Run("format", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file(s) formatted, 1 unchanged.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_record_outside_the_folder_given_is_not_even_read()
    {
        var (outside, root) = LinkOutside();
        try
        {
            var (exitCode, _, error) = Run("format", root);

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9009", error, StringComparison.Ordinal);
            Assert.Equal(Unformatted, File.ReadAllText(Path.Combine(outside, "x.neg")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_record_named_directly_that_leads_outside_its_folder_is_refused()
    {
        var (outside, root) = LinkOutside();
        try
        {
            var (exitCode, _, error) = Run("format", Path.Combine(root, "x.neg"));

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9023", error, StringComparison.Ordinal);
            Assert.Equal(Unformatted, File.ReadAllText(Path.Combine(outside, "x.neg")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>A folder <c>root</c> holding <c>x.neg</c>, a link to an unformatted record in a folder outside it.</summary>
    private (string Outside, string Root) LinkOutside()
    {
        var outside = Directory.CreateTempSubdirectory("negc-format-outside-").FullName;
        var target = Path.Combine(outside, "x.neg");
        File.WriteAllText(target, Unformatted);
        var root = Directory.CreateDirectory(Path.Combine(_folder, "root")).FullName;
        File.CreateSymbolicLink(Path.Combine(root, "x.neg"), target);
        return (outside, root);
    }

    [Fact]
    public void A_record_with_a_second_hard_link_is_refused_and_both_names_keep_one_file()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Write("a.neg", Unformatted);
        var other = Path.Combine(_folder, "elsewhere", "b.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(other)!);
        OutputFolderTests.RunTool("ln", file, other);

        var (exitCode, _, error) = Run("format", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9024: '", error, StringComparison.Ordinal);
        Assert.Contains("has 2 hard links", error, StringComparison.Ordinal);
        Assert.Equal(2u, Disk.LinkCount(file));
        Assert.Equal(Unformatted, File.ReadAllText(file));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, new CliConsole(output, error, isTerminal: false, useColor: false));
        return (exitCode, output.ToString(), error.ToString());
    }
}
