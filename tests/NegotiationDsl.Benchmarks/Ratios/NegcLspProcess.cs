using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The real <c>negc lsp</c>: <c>dotnet negc.dll lsp</c> of the Release publish (<see cref="PublishedNegc"/>) as a child
/// process, spoken to over its stdin and stdout by a <see cref="LanguageServerClient"/>, as an editor speaks to it. The
/// process runs with negc's own runtime settings, except for the environment variables a caller names.
/// </summary>
internal sealed class NegcLspProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task _stderr;

    private NegcLspProcess(Process process, Task stderr, LanguageServerClient client)
    {
        _process = process;
        _stderr = stderr;
        Client = client;
    }

    public LanguageServerClient Client { get; }

    /// <summary>
    /// Starts the server on <paramref name="workspaceFolder"/>. Every variable of <paramref name="environment"/> is set, or
    /// removed where its value is null, so that the benchmark's own environment never decides the settings.
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
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {negcDll} lsp");
        // The server logs to stderr; a pipe nobody reads would stall it once full.
        var stderr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var client = LanguageServerClient.Initialize(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, workspaceFolder);
        return new NegcLspProcess(process, stderr, client);
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

    public void Dispose()
    {
        try
        {
            Client.Shutdown();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(entireProcessTree: true);
            _stderr.Wait(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Client.Dispose();
            _process.Dispose();
        }
    }
}
