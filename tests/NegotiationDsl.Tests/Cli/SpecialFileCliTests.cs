using System;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// Only regular files are read (README, "What negc reads"): a FIFO, a device or a file of /proc named like a
/// record is refused with a code and exit 2, at once, and none of its text is printed.
/// </summary>
public sealed class SpecialFileCliTests : CliTestBase
{
    [Fact]
    public void A_fifo_in_a_folder_is_refused_without_waiting_for_a_writer()
    {
        Write("records/a.neg", "party USA;\n");
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "records", "x.neg"));

        var (exitCode, output, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", Path.Combine(Folder, "records")), fifo);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9007: ", error);
        Assert.Contains("x.neg' is a FIFO (named pipe), not a regular file", error);
        // The summary counts the file that could not be read: "0 errors" beside exit code 2 contradicted it.
        Assert.Contains("1 error, 0 warnings in 1 file.", output);
    }

    [Fact]
    public void A_fifo_given_on_the_command_line_is_refused_without_waiting_for_a_writer()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(Folder, "x.neg"));

        var (exitCode, _, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", fifo), fifo);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9007: ", error);
    }

    [Fact]
    public void A_link_to_a_device_given_on_the_command_line_is_refused_before_a_byte_is_read()
    {
        var zero = SpecialFiles.Link(Path.Combine(Folder, "zero.neg"), "/dev/zero");

        var (exitCode, _, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", zero));

        Assert.Equal(2, exitCode);
        Assert.Contains("zero.neg' is a character device, not a regular file", error);
    }

    [Fact]
    public void Files_of_proc_are_refused_whichever_way_they_are_named_and_print_no_environment()
    {
        var firstVariable = FirstEnvironmentEntry();
        var link = SpecialFiles.Link(Path.Combine(Folder, "env.neg"), "/proc/self/environ");

        foreach (var path in new[] { "/proc/self/environ", link })
        {
            var (exitCode, output, error) = RunOn(isTerminal: true, "check", path);

            Assert.Equal(2, exitCode);
            Assert.Contains("error NEG9008: ", error);
            Assert.Contains("is on proc, a view of the kernel", error);
            Assert.DoesNotContain(firstVariable, output + error);
        }
    }

    [Fact]
    public void A_broken_link_named_like_a_record_is_reported_as_one()
    {
        Write("records/a.neg", "party USA;\n");
        SpecialFiles.Link(Path.Combine(Folder, "records", "gone.neg"), "nowhere.neg");

        var (exitCode, _, error) = Run("check", Path.Combine(Folder, "records"));

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9010: ", error);
        Assert.Contains("gone.neg' is a link that leads to nothing readable", error);
    }

    [Fact]
    public void A_link_that_loops_on_itself_given_on_the_command_line_is_a_broken_link()
    {
        var self = SpecialFiles.Link(Path.Combine(Folder, "self.neg"), "self.neg");

        var (exitCode, _, error) = Run("check", self);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9010: ", error);
    }

    /// <summary>
    /// The first NAME=VALUE of this process's initial environment, as /proc/self/environ holds it, its value cut short:
    /// the name and the start of the value are enough to spot it, and a name may be long (the order depends on what
    /// started the tests).
    /// </summary>
    private static string FirstEnvironmentEntry()
    {
        var environ = File.ReadAllBytes("/proc/self/environ");
        var first = Encoding.UTF8.GetString(environ.TakeWhile(b => b != 0).ToArray());
        var equals = first.IndexOf('=', StringComparison.Ordinal);
        Assert.True(equals > 0, $"the first entry of /proc/self/environ is not NAME=VALUE: {first}");
        return first[..Math.Min(first.Length, equals + 1 + 24)];
    }
}
