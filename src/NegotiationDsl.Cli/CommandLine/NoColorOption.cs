using System.CommandLine;

namespace NegotiationDsl.Cli.CommandLine;

/// <summary><c>--no-color</c>, an option of every command: it wins over <c>NO_COLOR</c> and <c>FORCE_COLOR</c> (<see cref="ColorChoice"/>).</summary>
internal static class NoColorOption
{
    public const string Name = "--no-color";

    public static Option<bool> Create() => new(Name) { Description = "Print no colour (also NO_COLOR=1; FORCE_COLOR=1 colours a pipe)", Recursive = true };

    public static bool IsSet(ParseResult result) => result.GetValue<bool>(Name);
}
