using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// What negc writes (docs/reliability.md, "The output folder, and the records negc format rewrites"): links and special
/// files in the output folder, a build that fails midway, builds into one folder at once, and negc format's modes and links.
/// </summary>
public static partial class FileSystemCases
{
    private const string Unformatted = "party USA   state;party Russia state;\n";
    private const string Formatted = "party USA state;\nparty Russia state;\n";

    private static readonly FileSystemCase[] Outputs =
    [
        new("output-link-in-folder", "out/json -> ../elsewhere, a folder outside the output folder", folder => folder.File("records/a.neg", Valid)
                .Folder("elsewhere").Link("out/json", "../elsewhere"),
            ["build", "records", "-o", "out"], 2) { ExpectedCodes = ["NEG9020"], KeepsOutput = true },
        new("output-fifo-target", "a FIFO where out/json/a.json goes", folder => folder.File("records/a.neg", Valid).Fifo("out/json/a.json"),
            ["build", "records", "-o", "out"], 2) { ExpectedCodes = ["NEG9021"], KeepsOutput = true },
        new("output-device-target", "out/json/a.json -> /dev/zero", folder => folder.File("records/a.neg", Valid).Link("out/json/a.json", "/dev/zero"),
            ["build", "records", "-o", "out"], 2) { ExpectedCodes = ["NEG9020"], KeepsOutput = true, MaxSeconds = 5, MaxMegabytes = 150 },
        new("output-reports-is-file", "out/reports is a file: the build fails after C# and JSON were made", folder => folder.File("records/a.neg", Valid).File("out/reports", "x\n"),
            ["build", "records", "-o", "out"], 2) { ExpectedCodes = ["NEG9006"], KeepsOutput = true },
        new("output-concurrent-builds", "four builds of 4 folders of records (44 files, 300 KB, 20 outputs) into one folder at once", folder => folder.Corpus("records", 0.05),
            ["build", "records", "-o", "out"], 0) { Processes = 4, SameOutputAsAlone = true, MaxSeconds = 120, MaxMegabytes = 400 },
        new("output-lock-held", "another process holds out/.negc.lock, NEGC_LOCK_TIMEOUT_SECONDS=1", folder => folder.File("records/a.neg", Valid).Folder("out"),
            ["build", "records", "-o", "out"], 2)
        {
            ExpectedCodes = ["NEG9022"], KeepsOutput = true, HeldLock = "out/.negc.lock",
            Environment = new Dictionary<string, string> { ["NEGC_LOCK_TIMEOUT_SECONDS"] = "1" },
        },
        new("format-0600", "an unformatted record with mode 0600", folder => folder.File("r/a.neg", Unformatted).Mode("r/a.neg", "600"),
            ["format", "r"], 0) { MayChange = ["r/a.neg"], Verify = folder => Rewritten(folder, "r/a.neg", "600") },
        new("format-link-inside", "r/link.neg -> real.neg, both in the folder", folder => folder.File("r/real.neg", Unformatted).Link("r/link.neg", "real.neg"),
            ["format", "r"], 0) { MayChange = ["r/real.neg"], MustPrint = ["1 file(s) formatted, 1 unchanged."], Verify = folder => Rewritten(folder, "r/real.neg", null) },
        new("format-link-out-of-folder", "r/x.neg -> ../outside/x.neg, found in the folder", folder => folder.File("outside/x.neg", Unformatted).File("r/a.neg", Formatted)
                .Link("r/x.neg", "../outside/x.neg"),
            ["format", "r"], 2) { ExpectedCodes = ["NEG9009"] },
        new("format-link-given-out", "r/x.neg -> ../outside/x.neg, named on the command line", folder => folder.File("outside/x.neg", Unformatted)
                .Link("r/x.neg", "../outside/x.neg"),
            ["format", "r/x.neg"], 2) { ExpectedCodes = ["NEG9023"] },
        new("format-hard-link", "r/a.neg has a second name, other/b.neg", folder => folder.File("r/a.neg", Unformatted).HardLink("other/b.neg", "r/a.neg"),
            ["format", "r"], 2) { ExpectedCodes = ["NEG9024"] },
    ];

    /// <summary>Whether negc format rewrote <paramref name="relative"/> and it kept <paramref name="mode"/> (null: not checked).</summary>
    private static string? Rewritten(CaseFolder folder, string relative, string? mode) =>
        folder.Text(relative) != Formatted ? $"{relative} not formatted"
        : mode is not null && folder.ModeOf(relative) != mode ? $"{relative} has mode {folder.ModeOf(relative)}, not {mode}"
        : null;
}
