using System;
using System.Collections.Generic;
using System.Globalization;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// The options the timed commands share: <c>[--runs N] [--work DIR]</c>; where a command has lines to pick (<c>ratios</c>)
/// <c>[--only R1,R2]</c>, and where it times R8's edits (<c>ratios</c> again) <c>[--commitments-asked]</c>.
/// Each command says which of the last two it takes.
/// </summary>
internal sealed class RunnerArguments
{
    public int Runs { get; private set; } = 7;

    public string WorkDirectory { get; private set; } = RatioContext.DefaultWorkDirectory();

    public HashSet<string>? Only { get; private set; }

    /// <summary>R8 edits as for a client that asked for commitments: the language server then digests every folder it republishes.</summary>
    public bool CommitmentsAsked { get; private set; }

    /// <summary>The arguments, or null after saying on stderr what is wrong with them.</summary>
    public static RunnerArguments? Parse(string[] args, string usage, bool allowOnly, bool allowCommitmentsAsked)
    {
        var parsed = new RunnerArguments();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length:
                    parsed.Runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--work" when i + 1 < args.Length:
                    parsed.WorkDirectory = args[++i];
                    break;
                case "--only" when allowOnly && i + 1 < args.Length:
                    parsed.Only = new HashSet<string>(args[++i].Split(','), StringComparer.OrdinalIgnoreCase);
                    break;
                case "--commitments-asked" when allowCommitmentsAsked:
                    parsed.CommitmentsAsked = true;
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {usage}");
                    return null;
            }
        }

        return parsed;
    }
}
