using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NegotiationDsl.Cli.Commands;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// The language server's runtime settings (build/NegcRuntime.props, <c>NegotiationDsl.LanguageServer.Environment</c>): what
/// starts <c>negc lsp</c> sets them, and a variable the user set wins.
/// </summary>
public sealed class LanguageServerRuntimeTests
{
    [Fact]
    public void The_option_is_a_list_of_variables()
    {
        Assert.Equal([("DOTNET_gcServer", "0"), ("A", "b=c")], LanguageServerRuntime.Parse(" DOTNET_gcServer=0 ; A=b=c;"));
        Assert.Empty(LanguageServerRuntime.Parse(null));
        Assert.Throws<FormatException>(() => LanguageServerRuntime.Parse("DOTNET_gcServer"));
        Assert.Throws<FormatException>(() => LanguageServerRuntime.Parse("=0"));
    }

    [Fact]
    public void Only_variables_not_set_already_are_added()
    {
        var set = new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" };
        var missing = LanguageServerRuntime.Missing([("DOTNET_gcServer", "0"), ("DOTNET_gcConcurrent", "0")], name => set.GetValueOrDefault(name));
        Assert.Equal([("DOTNET_gcConcurrent", "0")], missing);
    }

    [Fact]
    public void A_setting_under_the_runtimes_older_name_counts_as_set()
    {
        var set = new Dictionary<string, string> { ["COMPlus_gcServer"] = "1" };
        Assert.Empty(LanguageServerRuntime.Missing([("DOTNET_gcServer", "0")], name => set.GetValueOrDefault(name)));
    }

    [Fact]
    public void Negc_names_the_language_servers_settings()
    {
        var runtimeConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "negc.runtimeconfig.json"));
        Assert.Contains($"\"{LanguageServerRuntime.OptionName}\": \"DOTNET_gcServer=0;DOTNET_GCLOHThreshold=0x800000\"", runtimeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vs_code_extension_starts_the_server_with_the_same_settings()
    {
        // negc.ts holds them as an object literal of string values: { NAME: 'VALUE', ... }.
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "vscode", "src", "negc.ts"));
        var literal = Regex.Match(source, @"languageServerEnvironment: [^=]*= \{(?<entries>[^}]*)\}");
        Assert.True(literal.Success, "negc.ts declares no languageServerEnvironment");
        var inExtension = Regex.Matches(literal.Groups["entries"].Value, @"(?<name>\w+): '(?<value>[^']*)'")
            .Select(entry => (entry.Groups["name"].Value, entry.Groups["value"].Value));
        var runtimeConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "negc.runtimeconfig.json"));
        var option = Regex.Match(runtimeConfig, $"\"{Regex.Escape(LanguageServerRuntime.OptionName)}\": \"(?<value>[^\"]*)\"").Groups["value"].Value;
        Assert.Equal(LanguageServerRuntime.Parse(option), inExtension);
    }
}
