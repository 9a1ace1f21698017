using System;

namespace NegotiationDsl.Cli.Commands;

/// <summary>
/// Recognises the most common command line, <c>negc check file-or-folder...</c> with nothing but paths,
/// so that it runs without building the System.CommandLine command tree: creating the six commands and
/// parsing the arguments cost a cold process a fifth of the whole run (docs/performance.md). Anything else
/// (an option, help, a response file, no path at all) goes through System.CommandLine as before, which then
/// also gives the same errors and help text.
/// </summary>
internal static class PlainCheck
{
    public static bool TryGetPaths(string[] args, out string[] paths)
    {
        paths = [];
        if (args.Length < 2 || args[0] != "check") return false;
        for (var i = 1; i < args.Length; i++)
        {
            if (!IsPlainPath(args[i])) return false;
        }
        paths = args[1..];
        return true;
    }

    // System.CommandLine gives a meaning to tokens that start with '-' (options, "--"), '@' (response
    // files), to the help aliases "/h" and "/?", and to an empty token; those keep its handling.
    private static bool IsPlainPath(string arg) =>
        arg.Length > 0 && arg[0] != '-' && arg[0] != '@' && arg is not ("/h" or "/?");
}
