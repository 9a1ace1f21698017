using System;
using System.IO;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The link rules (README, "What negc reads"): a path given on the command line is followed; inside a folder
/// given, a link is followed only when its target is inside that folder, and a link to a folder never is.
/// </summary>
public sealed class LinkRuleCliTests : CliTestBase
{
    private const string Valid = "party USA;\n";

    private string Records => Path.Combine(Folder, "records");

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_not_followed_and_none_of_its_text_is_shown()
    {
        Write("records/a.neg", Valid);
        Write("private/notes.neg", "party \"TOPSECRET-4711\n");
        SpecialFiles.Link(Path.Combine(Records, "notes.neg"), "../private/notes.neg");

        var (exitCode, output, error) = RunOn(isTerminal: true, "check", Records);

        Assert.Equal(2, exitCode);
        Assert.Contains("error NEG9009: ", error);
        Assert.Contains("notes.neg' is a link to '" + Path.Combine(Folder, "private", "notes.neg") + "', outside '", error);
        Assert.DoesNotContain("TOPSECRET", output + error);
        Assert.Contains("in 1 file.", output);
    }

    [Fact]
    public void A_link_to_the_root_of_the_file_system_is_not_walked()
    {
        Write("records/a.neg", Valid);
        SpecialFiles.Link(Path.Combine(Records, "everything"), "/");

        var (exitCode, output, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", Records));

        Assert.Equal(2, exitCode);
        Assert.Contains("everything' is a link to '/', outside '", error);
        Assert.Contains("in 1 file.", output);
    }

    [Fact]
    public void A_folder_link_back_into_the_folder_is_not_followed_so_a_loop_reads_each_file_once()
    {
        Write("records/a.neg", Valid);
        Write("records/sub/b.neg", Valid);
        SpecialFiles.Link(Path.Combine(Records, "sub", "loop"), "..");
        SpecialFiles.Link(Path.Combine(Records, "sub", "self"), ".");

        var (exitCode, output, error) = SpecialFiles.Within(HangGuard.Time, () => Run("check", Records));

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Contains("in 2 files.", output);
    }

    [Fact]
    public void A_link_to_a_parent_of_the_folder_is_outside_it()
    {
        Write("records/sub/a.neg", Valid);
        SpecialFiles.Link(Path.Combine(Records, "sub", "up"), "../..");

        var (exitCode, _, error) = Run("check", Path.Combine(Records, "sub"));

        Assert.Equal(2, exitCode);
        Assert.Contains("up' is a link to '" + Folder + "', outside '", error);
    }

    [Fact]
    public void A_link_to_a_record_inside_the_folder_is_read_under_its_own_name()
    {
        Write("records/common/parties.neg", "party USA;\nparty Russia;\n");
        Write("records/talks/talks.neg", "person Blinken of USA;\nmeeting Geneva 2022-01-21 with Blinken <\n  Blinken says \"x\";\n>\n");
        SpecialFiles.Link(Path.Combine(Records, "talks", "parties.neg"), "../common/parties.neg");

        var (exitCode, output, error) = Run("check", Records);

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Contains("in 3 files.", output);
        Assert.DoesNotContain("NEG2001", output);
    }

    [Fact]
    public void A_path_given_on_the_command_line_is_followed_even_when_it_leads_elsewhere()
    {
        Write("elsewhere/a.neg", "party USA;\nUSA says \"x\" oops\n");
        var link = SpecialFiles.Link(Path.Combine(Folder, "today.neg"), "elsewhere/a.neg");
        var folderLink = SpecialFiles.Link(Path.Combine(Folder, "current"), "elsewhere");

        var (fileExit, fileOutput, _) = Run("check", link);
        var (folderExit, folderOutput, _) = Run("check", folderLink);

        Assert.Equal(1, fileExit);
        Assert.Contains("today.neg(2,", fileOutput);
        Assert.Equal(1, folderExit);
        Assert.Contains(Path.Combine("current", "a.neg") + "(2,", folderOutput);
    }

    [Fact]
    public void Folders_named_bin_obj_node_modules_and_hidden_folders_are_skipped_below_the_folder_but_not_above_it()
    {
        Write("bin/records/a.neg", Valid);
        Write("bin/records/obj/generated.neg", "not a record\n");
        Write("bin/records/.git/stash.neg", "not a record\n");
        Write("bin/records/.packages/some.package/1.0.0/content/sample.neg", "not a record\n");
        Write("bin/records/node_modules/sample.neg", "not a record\n");

        var (exitCode, output, _) = Run("check", Path.Combine(Folder, "bin", "records"));

        Assert.Equal(0, exitCode);
        Assert.Contains("in 1 file.", output);
    }
}
