using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Fuzz.Mutation;
using NegotiationDsl.Fuzz.Oracle;

namespace NegotiationDsl.Fuzz;

/// <summary>
/// The fuzzing campaign of docs/reliability.md:
/// <c>run [--seed S] [--inputs N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR]</c> runs inputs
/// K to K+N-1 and exits with 1 on any finding; <c>replay --seed S --index I [--write FILE]</c> makes one input again
/// and runs it; <c>check FILE...</c> runs files through the same checks (what the regression tests do).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var verb = args.Length > 0 ? args[0] : "run";
            var options = Options.Parse(args.AsSpan(Math.Min(1, args.Length)).ToArray());
            var root = Seeds.FindRepositoryRoot(AppContext.BaseDirectory);
            return verb switch
            {
                "run" => Run(options, root),
                "replay" => Replay(options, root),
                "check" => Check(options.Positional),
                _ => Usage($"unknown verb '{verb}'"),
            };
        }
        catch (FormatException exception)
        {
            return Usage(exception.Message);
        }
    }

    private static int Run(Options options, string root)
    {
        var seed = options.Long("--seed", 1);
        if (options.Long("--workers", Environment.ProcessorCount) < 1) return Usage("--workers must be 1 or more");
        var campaign = new CampaignOptions(
            seed,
            Start: options.Long("--start", 0),
            Count: options.Long("--inputs", 10_000),
            Workers: (int)options.Long("--workers", Environment.ProcessorCount),
            TimeLimit: TimeSpan.FromSeconds(options.Long("--time-limit", 10)),
            FindingsDirectory: options.Text("--findings", Path.Combine(root, "artifacts", "fuzz", "seed-" + seed.ToString(CultureInfo.InvariantCulture))),
            ReportEvery: TimeSpan.FromSeconds(options.Long("--report-every", 30)),
            CompanionText: File.ReadAllText(Path.Combine(root, "examples", "geneva-2022.neg")));
        return new CampaignRunner(campaign, new InputFactory(seed, Seeds.Load(root))).Run();
    }

    private static int Replay(Options options, string root)
    {
        var seed = options.Long("--seed", 1);
        var input = new InputFactory(seed, Seeds.Load(root)).Make(options.Long("--index", 0));
        if (options.Text("--write", "") is { Length: > 0 } path) File.WriteAllBytes(path, input.ToFileBytes());
        Console.WriteLine($"input {input.Index} of seed {seed}: {input.Kind}, {input.Length:N0} units");
        var companion = new[] { NegotiationDsl.Syntax.SyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, "examples", "geneva-2022.neg")), "fuzz/companion.neg") };
        return Report(CampaignRunner.ExecuteAsInCampaign(input, companion).Finding);
    }

    private static int Check(List<string> files)
    {
        if (files.Count == 0) return Usage("check needs files");
        var status = 0;
        foreach (var file in files)
        {
            Console.WriteLine(file);
            var input = new FuzzInput(0, InputKind.ByteMutation, File.ReadAllBytes(file), Text: null);
            status |= Report(CampaignRunner.Execute(input, [], emitDespiteErrors: true).Finding);
        }

        return status;
    }

    private static int Report(Finding? finding)
    {
        Console.WriteLine(finding is null ? "  every check holds" : $"  {finding.Kind}: {finding.Signature}\n{finding.Detail}");
        return finding is null ? 0 : 1;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"fuzz: {problem}\nusage: run [--seed S] [--inputs N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR] [--report-every SECONDS]\n       replay --seed S --index I [--write FILE]\n       check FILE...");
        return 2;
    }

    /// <summary>`--name value` pairs and positional arguments.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

        public List<string> Positional { get; } = [];

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) options.Positional.Add(args[i]);
                else if (i + 1 < args.Length) options._named[args[i]] = args[++i];
                else throw new FormatException($"{args[i]} needs a value");
            }

            return options;
        }

        public long Long(string name, long fallback) =>
            !_named.TryGetValue(name, out var text) ? fallback
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
            : throw new FormatException($"{name} wants a whole number, not '{text}'");

        public string Text(string name, string fallback) => _named.TryGetValue(name, out var text) ? text : fallback;
    }
}
