using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NegotiationDsl.Cli.Commands;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The real <c>negc lsp</c>: <c>dotnet negc.dll lsp</c> of the publish the universal VS Code extension ships
/// (<see cref="PublishedNegc.PortableDll"/>) as a child process, spoken to over its stdin and stdout by a
/// <see cref="LanguageServerClient"/>, as an editor speaks to it. Like the editors' launchers, it sets the language
/// server's environment that negc.runtimeconfig.json names (<c>NegotiationDsl.LanguageServer.Environment</c>).
/// </summary>
internal sealed class NegcLspProcess : IDisposable
{
    private static readonly TimeSpan s_exitTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ErrorTail _stderr;

    private NegcLspProcess(Process process, ErrorTail stderr, LanguageServerClient client)
    {
        _process = process;
        _stderr = stderr;
        Client = client;
    }

    public LanguageServerClient Client { get; }

    /// <summary>
    /// Starts the server on <paramref name="workspaceFolder"/>. Every variable that <paramref name="environment"/> names is
    /// removed from the benchmark's own environment, so that it never decides the settings; then the launcher's variables
    /// are set, then those of <paramref name="environment"/> that have a value, which win over the launcher's.
    /// </summary>
    public static NegcLspProcess Start(string negcDll, string workspaceFolder, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workspaceFolder,
        };
        start.ArgumentList.Add(negcDll);
        start.ArgumentList.Add("lsp");
        foreach (var name in environment.Keys) start.Environment.Remove(name);
        foreach (var (name, value) in LauncherEnvironment(negcDll)) start.Environment[name] = value;
        foreach (var (name, value) in environment)
        {
            if (value is not null) start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {negcDll} lsp");
        // The server logs to stderr; a pipe nobody reads would stall it once full.
        var stderr = new ErrorTail(process.StandardError);
        try
        {
            var client = LanguageServerClient.Initialize(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, workspaceFolder, stderr.Text);
            return new NegcLspProcess(process, stderr, client);
        }
        catch (Exception exception)
        {
            process.Kill(entireProcessTree: true);
            End(process, stderr);
            throw new InvalidOperationException($"dotnet {negcDll} lsp did not start; its stderr ended with:\n{stderr.Text()}", exception);
        }
    }

    /// <summary>
    /// The variables the launchers set for the language server: the <see cref="LanguageServerRuntime.OptionName"/> option
    /// of the publish's runtimeconfig.json, read as negc reads it.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> LauncherEnvironment(string negcDll)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(negcDll, ".runtimeconfig.json")));
        var value = json.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty(LanguageServerRuntime.OptionName, out var option) ? option.GetString() : null;
        return LanguageServerRuntime.Parse(value);
    }

    /// <summary>The most memory the server has held so far (VmHWM, its peak resident set), in megabytes; null where /proc has none.</summary>
    public double? PeakResidentMegabytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(candidate => candidate.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null) return null;
        var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
        return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Asks the server to end; kills it when it does not, or does not in time.</summary>
    public void Dispose()
    {
        try
        {
            Client.Shutdown();
        }
        finally
        {
            Client.Dispose();
            End(_process, _stderr);
        }
    }

    private static void End(Process process, ErrorTail stderr)
    {
        try
        {
            if (!process.WaitForExit(s_exitTimeout)) process.Kill(entireProcessTree: true);
            stderr.WhenRead.Wait(s_exitTimeout);
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>The child's stderr, read to its end; its last lines kept for the exceptions about the child.</summary>
    private sealed class ErrorTail
    {
        private const int Lines = 40;
        private readonly Queue<string> _lines = new();

        public ErrorTail(StreamReader stderr) => WhenRead = Task.Run(() => Read(stderr));

        public Task WhenRead { get; }

        public string Text()
        {
            lock (_lines) return string.Join('\n', _lines);
        }

        private async Task Read(StreamReader stderr)
        {
            while (await stderr.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    if (_lines.Count == Lines) _lines.Dequeue();
                    _lines.Enqueue(line);
                }
            }
        }
    }
}
