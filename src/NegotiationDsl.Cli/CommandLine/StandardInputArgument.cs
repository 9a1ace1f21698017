using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Input;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary>
/// <c>-</c> as a path: one record read from standard input, for <c>check</c> and <c>format</c>, alone (what
/// <c>format -</c> prints is that record, which other paths' lines would corrupt) and once (standard input holds one
/// record). <c>--stdin-name PATH</c> says which file it stands for (<see cref="StandardInputRecord"/>). The commands
/// that write outputs named after folders, and <c>status</c>, refuse it. A file named <c>-</c> is <c>./-</c>.
/// </summary>
internal static class StandardInputArgument
{
    public static Option<string?> CreateNameOption() => new("--stdin-name")
    {
        Description = "The file the record read from standard input ('-') stands for: its folder's negconfig.json and archive apply, and diagnostics name it",
        HelpName = "path",
    };

    public static bool IsGiven(IReadOnlyList<string> paths) => paths.Contains(StandardInputRecord.Argument);

    /// <summary>For check and format: what is wrong with how standard input is asked for, or null.</summary>
    public static Diagnostic? Problem(IReadOnlyList<string> paths, string? stdinName)
    {
        var dashes = paths.Count(path => path == StandardInputRecord.Argument);
        if (dashes == 0)
            return stdinName is null ? null : DiagnosticCatalog.InvalidArgument("--stdin-name names the record read from standard input; give '-' as the path too.");
        if (dashes > 1) return DiagnosticCatalog.InvalidArgument("'-' (standard input) is given more than once; standard input holds one record.");
        if (paths.Count > 1)
            return DiagnosticCatalog.InvalidArgument("'-' (standard input) cannot be given with other files or folders; give them in a run of their own (a file named '-' is './-').");
        return stdinName is null ? null : StandardInputRecord.CheckName(stdinName);
    }

    /// <summary>For the commands that do not read standard input: the refusal when <c>-</c> is among the paths, or null.</summary>
    public static Diagnostic? Refused(IReadOnlyList<string> paths, string command) =>
        IsGiven(paths)
            ? DiagnosticCatalog.InvalidArgument($"'negc {command}' does not read standard input ('-'); only check and format do. Name the records' files or folders (a file named '-' is './-').")
            : null;

    /// <summary>Reads the record of <c>-</c>.</summary>
    public static StandardInputRecord Read(CliConsole console, string? stdinName)
    {
        using var input = console.OpenInput();
        return StandardInputRecord.Read(input, stdinName, FileSizeLimit.Bytes);
    }
}
