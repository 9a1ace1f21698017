using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Fuzz.LanguageServer;
using NegotiationDsl.Fuzz.Mutation;
using NegotiationDsl.Fuzz.Oracle;

namespace NegotiationDsl.Fuzz;

/// <summary>
/// The fuzzing campaign of docs/reliability.md:
/// <c>run [--seed S] [--inputs N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR]</c> runs inputs
/// K to K+N-1 and exits with 1 on any finding; <c>replay --seed S --index I [--write FILE]</c> makes one input again
/// and runs it (an archive is written as a folder); <c>check FILE...</c> runs files, and archives' folders, through the
/// same checks (what the regression tests do).
/// <c>lsp [--seed S] [--sequences N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR]</c>,
/// <c>lsp-replay --seed S --index I [--write FILE]</c> and <c>lsp-check FILE...</c> do the same for the language
/// server, with sequences of messages instead of files.
/// </summary>
internal static class Program
{
    /// <summary>A request may bind every folder of fuzzed documents (1 to 3 s alone): 30 s still tells a hang from a loaded machine.</summary>
    private const long LspTimeLimitSeconds = 30;

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
                "lsp" => RunLsp(options, root),
                "lsp-replay" => ReplayLsp(options, root),
                "lsp-check" => CheckLsp(options),
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
        var campaign = Campaign(options, root, "--inputs", 10_000, "seed-", defaultTimeLimit: 10) with { CompanionText = Companion(root) };
        return new CampaignRunner(campaign, new InputFactory(campaign.Seed, Seeds.Load(root))).Run();
    }

    private static int RunLsp(Options options, string root)
    {
        var campaign = Campaign(options, root, "--sequences", 1_000, "lsp-seed-", LspTimeLimitSeconds);
        return new LspCampaign(campaign, new SequenceGenerator(campaign.Seed, new InputFactory(campaign.Seed, Seeds.Load(root)))).Run();
    }

    /// <summary>What both campaigns take: which inputs (or sequences), how many at once, with what limit, findings where.</summary>
    private static CampaignOptions Campaign(Options options, string root, string countOption, long defaultCount, string findingsPrefix, long defaultTimeLimit)
    {
        var seed = options.Long("--seed", 1);
        var workers = options.Long("--workers", Environment.ProcessorCount);
        if (workers < 1) throw new FormatException("--workers must be 1 or more");
        return new CampaignOptions(
            seed,
            Start: options.Long("--start", 0),
            Count: options.Long(countOption, defaultCount),
            Workers: (int)workers,
            TimeLimit: TimeSpan.FromSeconds(options.Long("--time-limit", defaultTimeLimit)),
            FindingsDirectory: options.Text("--findings", Path.Combine(root, "artifacts", "fuzz", findingsPrefix + seed.ToString(CultureInfo.InvariantCulture))),
            ReportEvery: TimeSpan.FromSeconds(options.Long("--report-every", 30)));
    }

    private static int ReplayLsp(Options options, string root)
    {
        var seed = options.Long("--seed", 1);
        var index = options.Long("--index", 0);
        var sequence = new SequenceGenerator(seed, new InputFactory(seed, Seeds.Load(root))).Make(index);
        if (options.Text("--write", "") is { Length: > 0 } path) File.WriteAllBytes(path, Transcript.Write(sequence));
        Console.WriteLine($"sequence {index} of seed {seed}: {sequence.Count} messages, {Transcript.Write(sequence).Length:N0} bytes");
        return Report(LspCampaign.Execute(sequence, TimeSpan.FromSeconds(options.Long("--time-limit", LspTimeLimitSeconds))).Finding);
    }

    private static int CheckLsp(Options options)
    {
        if (options.Positional.Count == 0) return Usage("lsp-check needs files");
        var status = 0;
        foreach (var file in options.Positional)
        {
            Console.WriteLine(file);
            status |= Report(LspCampaign.Execute(Transcript.Read(File.ReadAllBytes(file)), TimeSpan.FromSeconds(options.Long("--time-limit", LspTimeLimitSeconds))).Finding);
        }

        return status;
    }

    private static int Replay(Options options, string root)
    {
        var seed = options.Long("--seed", 1);
        var input = new InputFactory(seed, Seeds.Load(root)).Make(options.Long("--index", 0));
        if (options.Text("--write", "") is { Length: > 0 } path)
        {
            if (input.Files is { } files) Findings.WriteArchive(path, files);
            else File.WriteAllBytes(path, input.ToFileBytes());
        }

        Console.WriteLine($"input {input.Index} of seed {seed}: {input.Kind}, {input.Length:N0} units");
        var companion = new[] { NegotiationDsl.Syntax.SyntaxTree.ParseText(Companion(root), "fuzz/companion.neg") };
        return Report(CampaignRunner.ExecuteAsInCampaign(input, companion).Finding);
    }

    /// <summary>
    /// The Geneva example after the register it uses, as one file of a folder outside any archive: its use of the
    /// register is left out (there it would be NEG2019), so the companion declares what it names and has no error.
    /// </summary>
    private static string Companion(string root) =>
        File.ReadAllText(Path.Combine(root, "examples", "actors", "actors.neg")) +
        System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(root, "examples", "geneva-2022", "geneva-2022.neg")),
            "^use \"[^\"\n]*\";\n", "", System.Text.RegularExpressions.RegexOptions.Multiline, TimeSpan.FromSeconds(10));

    private static int Check(List<string> files)
    {
        if (files.Count == 0) return Usage("check needs files");
        var status = 0;
        foreach (var file in files)
        {
            Console.WriteLine(file);
            status |= Report(Directory.Exists(file)
                ? CampaignRunner.ExecuteArchive(file)
                : CampaignRunner.Execute(new FuzzInput(0, InputKind.ByteMutation, File.ReadAllBytes(file), Text: null), [], emitDespiteErrors: true).Finding);
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
        Console.Error.WriteLine($"fuzz: {problem}\nusage: run [--seed S] [--inputs N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR] [--report-every SECONDS]\n       replay --seed S --index I [--write FILE]\n       check FILE...\n       lsp [--seed S] [--sequences N] [--start K] [--workers W] [--time-limit SECONDS] [--findings DIR] [--report-every SECONDS]\n       lsp-replay --seed S --index I [--write FILE]\n       lsp-check FILE...");
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
