using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// The runtime settings of <c>negc lsp</c> where they differ from negc's own. They are environment variables named by the
/// runtime option <c>NegotiationDsl.LanguageServer.Environment</c> of build/NegcRuntime.props (<c>NAME=VALUE</c>, several
/// separated by <c>;</c>), because the runtime reads settings such as the GC's only as it starts, from negc's one
/// runtimeconfig.json, before any command is known. A language server started without them makes its process anew
/// with them: on Unix it replaces itself (<c>execve</c>: the same process, stdin, stdout, stderr and process id, so the
/// editor's pipes, signals and exit code are untouched); on Windows, which cannot, it runs a second process on the same
/// handles and waits for it. A variable that is set already, by the user or by that start, is kept as it is, so the new
/// start happens at most once and a user's own choice wins.
/// </summary>
internal static class LanguageServerRuntime
{
    public const string OptionName = "NegotiationDsl.LanguageServer.Environment";

    /// <summary>The variables of <see cref="OptionName"/> (empty when there is none).</summary>
    public static IReadOnlyList<(string Name, string Value)> Settings() => Parse(AppContext.GetData(OptionName) as string);

    /// <summary><c>NAME=VALUE;NAME=VALUE</c> as pairs.</summary>
    public static IReadOnlyList<(string Name, string Value)> Parse(string? option) =>
        (option ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(setting => setting.Split('=', 2) is [var name, var value] && name.Length > 0
                ? (name, value)
                : throw new FormatException($"{OptionName}: '{setting}' is not NAME=VALUE"))
            .ToArray();

    /// <summary>Those of <paramref name="settings"/> that <paramref name="environment"/> does not set: what a new start must add.</summary>
    public static IReadOnlyList<(string Name, string Value)> Missing(IEnumerable<(string Name, string Value)> settings, Func<string, string?> environment) =>
        settings.Where(setting => environment(setting.Name) is null).ToArray();

    /// <summary>
    /// The command line that starts this negc again: the dotnet host with negc.dll where negc runs as <c>dotnet negc.dll</c>,
    /// else the executable (negc's own host, or a tool's shim), then this run's arguments.
    /// </summary>
    public static IReadOnlyList<string> ThisCommandLine()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process's program is unknown");
        var arguments = Environment.GetCommandLineArgs().Skip(1);
        var throughDotnet = string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase);
        return throughDotnet ? [host, Path.Combine(AppContext.BaseDirectory, "negc.dll"), .. arguments] : [host, .. arguments];
    }

    /// <summary>
    /// Runs <paramref name="commandLine"/> with <paramref name="added"/> set on this process's stdin, stdout and stderr. On
    /// Unix this does not return unless the replacement failed (then null, after saying why); on Windows it returns the
    /// exit code of the process it waited for.
    /// </summary>
    public static int? Replace(IReadOnlyList<string> commandLine, IReadOnlyList<(string Name, string Value)> added, TextWriter error)
    {
        if (OperatingSystem.IsWindows()) return StartAndWait(commandLine, added);
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(entry => $"{entry.Key}={entry.Value}")
            .Concat(added.Select(setting => $"{setting.Name}={setting.Value}"));
        var errno = Exec(commandLine, environment.ToArray());
        error.WriteLine($"negc lsp: could not start {commandLine[0]} with the language server's settings (errno {errno}); running with negc's");
        return null;
    }

    /// <summary>A second process on the same standard handles; its exit code.</summary>
    public static int StartAndWait(IReadOnlyList<string> commandLine, IEnumerable<(string Name, string Value)> added)
    {
        var start = new ProcessStartInfo(commandLine[0]) { UseShellExecute = false };
        foreach (var argument in commandLine.Skip(1)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in added) start.Environment[name] = value;
        using var process = Process.Start(start);
        if (process is null) return ExitCodes.InternalError;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary><c>execve</c> from the C library the process has loaded; returns errno, since it returns only when it failed.</summary>
    private static unsafe int Exec(IReadOnlyList<string> commandLine, string[] environment)
    {
        var execve = (delegate* unmanaged<byte*, byte**, byte**, int>)NativeLibrary.GetExport(NativeLibrary.GetMainProgramHandle(), "execve");
        var strings = new List<IntPtr>();
        try
        {
            var argv = NullTerminated(commandLine, strings);
            var envp = NullTerminated(environment, strings);
            fixed (IntPtr* argvPointer = argv)
            fixed (IntPtr* envpPointer = envp)
            {
                execve((byte*)argv[0], (byte**)argvPointer, (byte**)envpPointer);
                return Marshal.GetLastSystemError();
            }
        }
        finally
        {
            foreach (var pointer in strings) Marshal.FreeCoTaskMem(pointer);
        }
    }

    /// <summary>UTF-8 copies of <paramref name="values"/> and a null pointer after them, as C wants its string vectors.</summary>
    private static IntPtr[] NullTerminated(IEnumerable<string> values, List<IntPtr> allocated)
    {
        var pointers = values.Select(value => Marshal.StringToCoTaskMemUTF8(value)).ToList();
        allocated.AddRange(pointers);
        return [.. pointers, IntPtr.Zero];
    }
}
