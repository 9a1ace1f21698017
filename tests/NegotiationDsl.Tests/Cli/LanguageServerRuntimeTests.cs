using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Cli.Commands;
using Xunit;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// <c>negc lsp</c> runs with the language server's runtime settings (build/NegcRuntime.props,
/// <c>NegotiationDsl.LanguageServer.Environment</c>): started without them it makes its process anew with them, once,
/// and a variable the user set wins.
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
    public void Negc_names_the_language_servers_settings()
    {
        var runtimeConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "negc.runtimeconfig.json"));
        Assert.Contains($"\"{LanguageServerRuntime.OptionName}\": \"DOTNET_gcServer=0\"", runtimeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void Started_without_the_settings_the_same_process_serves_with_them()
    {
        if (!OperatingSystem.IsLinux()) return; // /proc shows a process's environment only on Linux
        var (environment, exitCode) = Serve(variable: null);
        Assert.Contains("DOTNET_gcServer=0", environment);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_setting_the_user_made_is_kept()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (environment, exitCode) = Serve(variable: "1");
        Assert.Contains("DOTNET_gcServer=1", environment);
        Assert.DoesNotContain("DOTNET_gcServer=0", environment);
        Assert.Equal(0, exitCode);
    }

    /// <summary>
    /// Starts <c>dotnet negc.dll lsp</c> with DOTNET_gcServer set to <paramref name="variable"/> (null: unset), waits for
    /// its answer to <c>initialize</c>, reads the environment its process id has then, and ends it with shutdown and exit.
    /// </summary>
    private static (string[] Environment, int ExitCode) Serve(string? variable)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "negc.dll"));
        start.ArgumentList.Add("lsp");
        start.Environment.Remove("DOTNET_gcServer");
        if (variable is not null) start.Environment["DOTNET_gcServer"] = variable;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;
        Send(input, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        Assert.Contains("\"capabilities\"", Receive(output), StringComparison.Ordinal);
        var environment = File.ReadAllText($"/proc/{process.Id}/environ").Split('\0');
        Send(input, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        Assert.Contains("\"id\":2", Receive(output), StringComparison.Ordinal);
        Send(input, """{"jsonrpc":"2.0","method":"exit"}""");
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "negc lsp did not exit");
        Assert.DoesNotContain("could not start", error.Result, StringComparison.Ordinal);
        return (environment, process.ExitCode);
    }

    private static void Send(Stream input, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        input.Write(body);
        input.Flush();
    }

    /// <summary>The body of the next message, read byte by byte so that nothing after it is taken from the pipe.</summary>
    private static string Receive(Stream output)
    {
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var next = output.ReadByte();
            if (next < 0) throw new EndOfStreamException("negc lsp closed stdout");
            header.Append((char)next);
        }

        var length = int.Parse(header.ToString().Split("\r\n").Single(line => line.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        output.ReadExactly(body);
        return Encoding.UTF8.GetString(body);
    }
}
