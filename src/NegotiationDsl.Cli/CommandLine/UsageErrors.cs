using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using NegotiationDsl.Binding;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary>
/// What is wrong with a command line, said the way a user typed it. System.CommandLine takes an unknown option
/// after a command's paths for one more path, and calls an unknown command an "unrecognized argument"; here
/// both are named as what they are, with the closest real one when it is a likely typo.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var unknown = UnknownTokens(result).ToList();
        if (unknown.Count == 0) return [.. result.Errors.Select(error => error.Message)];

        return [.. unknown.Select(token => token.StartsWith('-') ? UnknownOption(command, token) : UnknownCommand(command, token))];
    }

    /// <summary>
    /// Tokens that look like an option but are no option of the command, and at the top level the first word that
    /// is no command. Anything after <c>--</c> is a path whatever it starts with, and so is <c>-</c> alone.
    /// </summary>
    private static IEnumerable<string> UnknownTokens(ParseResult result)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seenDoubleDash = false;
        foreach (var token in result.Tokens)
        {
            if (seenDoubleDash) afterDoubleDash.Add(token);
            else seenDoubleDash = token.Type == TokenType.DoubleDash;
        }

        var commandResult = result.CommandResult;
        var pathTokens = commandResult.Children.OfType<ArgumentResult>().Where(argument => !argument.Argument.Hidden).SelectMany(argument => argument.Tokens);
        foreach (var token in pathTokens.Where(token => !afterDoubleDash.Contains(token) && LooksLikeOption(token.Value)))
            yield return token.Value;

        if (!commandResult.Command.TreatUnmatchedTokensAsErrors) yield break;
        var unmatched = result.UnmatchedTokens;
        if (commandResult.Command is RootCommand && unmatched.Count > 0 && !LooksLikeOption(unmatched[0]))
        {
            yield return unmatched[0];
            yield break;
        }

        foreach (var token in unmatched.Where(LooksLikeOption)) yield return token;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static string UnknownOption(Command command, string token)
    {
        var names = OptionsOf(command).Where(option => !option.Hidden).SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var typed = token.Split('=', 2)[0];
        var suggestion = new NameSuggestions(() => names.Select(name => name.TrimStart('-'))).Suggest(typed.TrimStart('-'));
        var hint = suggestion is not null ? $"did you mean '--{suggestion}'?" : $"'{CommandPath(command)}' takes {string.Join(", ", names)}.";
        return $"unknown option '{token}'; {hint}";
    }

    /// <summary>The command's options and those of its parents that every command takes (<c>--no-color</c>).</summary>
    private static IEnumerable<Option> OptionsOf(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options.Where(option => option.Recursive)));

    private static string UnknownCommand(Command root, string token)
    {
        var names = root.Subcommands.Where(command => !command.Hidden).Select(command => command.Name).ToList();
        var suggestion = new NameSuggestions(() => names).Suggest(token);
        var hint = suggestion is not null ? $"did you mean '{suggestion}'?" : $"the commands are {string.Join(", ", names)}.";
        return $"unknown command '{token}'; {hint}";
    }

    private static string CommandPath(Command command) => command is RootCommand ? "negc" : $"negc {command.Name}";
}
