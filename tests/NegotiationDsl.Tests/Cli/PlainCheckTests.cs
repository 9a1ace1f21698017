using System.IO;
using NegotiationDsl.Cli.Commands;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary><c>negc check paths...</c> skips System.CommandLine; it must behave exactly as the full parser would.</summary>
public sealed class PlainCheckTests : CliTestBase
{
    [Theory]
    [InlineData("check", "a.neg")]
    [InlineData("check", "a.neg", "records/", "/abs/b.neg")]
    public void Only_paths_after_check_take_the_shortcut(params string[] args)
    {
        Assert.True(PlainCheck.TryGetPaths(args, out var paths));
        Assert.Equal(args[1..], paths);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("status", "a.neg")]
    [InlineData("check", "--format", "json", "a.neg")]
    [InlineData("check", "a.neg", "--help")]
    [InlineData("check", "a.neg", "-h")]
    [InlineData("check", "a.neg", "/?")]
    [InlineData("check", "a.neg", "/h")]
    [InlineData("check", "@args.rsp")]
    [InlineData("check", "--", "a.neg")]
    [InlineData("check", "")]
    public void Anything_else_goes_through_System_CommandLine(params string[] args) =>
        Assert.False(PlainCheck.TryGetPaths(args, out _));

    [Fact]
    public void The_shortcut_prints_what_the_full_parser_prints()
    {
        var broken = Write("broken.neg", "person Blinken;\nmeeting Geneva <\n  Blinken says \"x\"\n>\n");
        var absent = Path.Combine(Folder, "absent.neg");
        var example = Path.Combine(RepoPaths.Examples, "geneva-2022", "geneva-2022.neg");

        foreach (var path in new[] { example, broken, absent, RepoPaths.Examples })
        {
            // "--format text" is the default, but as an option it sends the line through System.CommandLine.
            Assert.Equal(Run("check", "--format", "text", path), Run("check", path));
        }
    }
}
