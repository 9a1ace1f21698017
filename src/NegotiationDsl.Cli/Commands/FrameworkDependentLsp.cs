using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// <c>negc lsp</c> in a native negc (Native AOT): the language server's JSON-RPC layer (StreamJsonRpc) serializes
/// by reflection and finds its handlers by reflection, which Native AOT removes, so the native negc starts the
/// framework-dependent negc.dll shipped with it on the same stdin, stdout and stderr: in its folder, as the native tool
/// package lays them out (tools/any/linux-x64/negc beside negc.dll), or the folder above, as NegotiationDsl.Build does
/// (tools/negc/negc.dll, tools/negc/linux-x64/negc), with the language server's runtime settings (<see cref="LanguageServerRuntime"/>).
/// </summary>
internal static class FrameworkDependentLsp
{
    public static int Run(IEnumerable<string> editorFlags, CliConsole console)
    {
        var negcDll = Find(AppContext.BaseDirectory);
        if (negcDll is null)
        {
            console.Error.WriteLine($"negc lsp: this negc is compiled ahead of time and runs the language server through negc.dll, which is not in {AppContext.BaseDirectory} or the folder above; install the negc .NET tool for the language server.");
            return ExitCodes.UsageOrIoError;
        }

        // The runtime reads the language server's settings only as it starts, so they go into the child's environment.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { negcDll, "lsp" }.Concat(editorFlags)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in LanguageServerRuntime.Missing(LanguageServerRuntime.Settings(), Environment.GetEnvironmentVariable)) start.Environment[name] = value;
        using var server = Process.Start(start);
        if (server is null) return ExitCodes.InternalError;
        server.WaitForExit();
        return server.ExitCode;
    }

    /// <summary>negc.dll in <paramref name="baseDirectory"/> or its parent, or null.</summary>
    public static string? Find(string baseDirectory) =>
        new[] { baseDirectory, Path.Combine(baseDirectory, "..") }.Select(folder => Path.GetFullPath(Path.Combine(folder, "negc.dll"))).FirstOrDefault(Exists);

#pragma warning disable RS0030 // Only whether negc's own copy is there; no file of the user's is read.
    private static bool Exists(string path) => File.Exists(path);
#pragma warning restore RS0030
}
