using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary>
/// An option whose value is one of a command's <paramref name="choices"/>, each named by its enum member in lower case:
/// help shows <c>&lt;text|json&gt;</c>, any case is accepted, and a value outside the choices is a usage error that names
/// them (System.CommandLine's own enum parsing would name the .NET type and offer members the command does not implement).
/// </summary>
internal sealed class ChoiceOption<T>
    where T : struct, Enum
{
    private readonly IReadOnlyList<T> _choices;
    private readonly T _default;

    public ChoiceOption(string name, IReadOnlyList<T> choices, T defaultChoice, string description)
    {
        _choices = choices;
        _default = defaultChoice;
        var names = string.Join("|", choices.Select(NameOf));
        Option = new Option<T?>(name)
        {
            Description = $"{description} (default: {NameOf(defaultChoice)})",
            HelpName = names,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                foreach (var choice in _choices)
                {
                    if (string.Equals(NameOf(choice), text, StringComparison.OrdinalIgnoreCase)) return choice;
                }

                result.AddError($"{name} '{text}' is not one of {string.Join(", ", choices.Select(NameOf))}.");
                return null;
            },
        };
    }

    public Option<T?> Option { get; }

    /// <summary>The value given, or the default when the option was left out.</summary>
    public T GetValue(ParseResult result) => result.GetValue(Option) ?? _default;

    /// <summary>How a choice is spelled on the command line and in help.</summary>
    public static string NameOf(T choice) => choice.ToString().ToLowerInvariant();
}
