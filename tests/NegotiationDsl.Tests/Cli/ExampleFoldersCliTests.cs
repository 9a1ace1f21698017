using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The examples as a user meets them: <c>negc check examples/</c> says nothing to fix, and the consumer project (a fresh
/// project that builds the generated models with warnings as errors, run by .ci/run) compiles every example folder.
/// </summary>
public sealed class ExampleFoldersCliTests : CliTestBase
{
    [Fact]
    public void Checking_the_examples_finds_no_error_and_no_warning()
    {
        var (exitCode, output, error) = Run("check", RepoPaths.Examples);

        Assert.True(exitCode == 0, output + error);
        Assert.Matches(@"^0 errors, 0 warnings in \d+ files\.$", output.Trim().Split('\n').Last());
    }

    [Fact]
    public void The_consumer_project_compiles_the_records_of_every_example_folder()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Examples, "consumer", "Consumer.csproj"));
        var included = project.Descendants("NegFile")
            .SelectMany(item => ((string?)item.Attribute("Include") ?? "").Split(';'))
            .Select(pattern => Regex.Match(pattern.Trim(), @"^\.\./([^/]+)/\*\.neg$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Order(System.StringComparer.Ordinal);
        var folders = Directory.GetDirectories(RepoPaths.Examples)
            .Where(folder => Directory.GetFiles(folder, "*.neg", SearchOption.AllDirectories).Length > 0)
            .Select(folder => Path.GetFileName(folder)!)
            .Order(System.StringComparer.Ordinal);

        Assert.Equal(folders, included);
    }
}
