using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>What negc reads (README, "What negc reads"): special files, links, unreadable folders and files, and negconfig.json.</summary>
public static partial class FileSystemCases
{
    private const string Secret = "NEGC-HOSTILE-SECRET-8c1f";

    private static readonly FileSystemCase[] Inputs =
    [
        new("fifo-in-folder", "a FIFO named x.neg beside a record", folder => folder.File("records/a.neg", Valid).Fifo("records/x.neg"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9007"], MustPrint = ["1 error, 0 warnings in 1 file."] },
        new("fifo-given", "a FIFO given on the command line", folder => folder.Fifo("x.neg"),
            ["check", "x.neg"], 2) { ExpectedCodes = ["NEG9007"] },
        new("device-link-given", "x.neg -> /dev/zero, given on the command line", folder => folder.Link("x.neg", "/dev/zero"),
            ["check", "x.neg"], 2) { ExpectedCodes = ["NEG9007"], MaxSeconds = 5, MaxMegabytes = 150 },
        new("device-link-in-folder", "zero.neg -> /dev/zero in the folder", folder => folder.File("records/a.neg", Valid).Link("records/zero.neg", "/dev/zero"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9009"], MaxSeconds = 5, MaxMegabytes = 150 },
        new("symlink-loop", "sub/loop -> .. and sub/self -> . inside the folder", folder => folder.File("records/a.neg", Valid).File("records/sub/b.neg", Valid)
                .Link("records/sub/loop", "..").Link("records/sub/self", "."),
            ["check", "records"], 0) { MustPrint = ["in 2 files."] },
        new("link-to-root", "everything -> / in the folder", folder => folder.File("records/a.neg", Valid).Link("records/everything", "/"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9009"], MustPrint = ["in 1 file."] },
        new("link-out-of-root", "notes.neg -> ../private/notes.neg, whose text holds a secret", folder => folder.File("records/a.neg", Valid)
                .File("private/notes.neg", $"party \"{Secret}\n").Link("records/notes.neg", "../private/notes.neg"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9009"], MustNotPrint = [Secret], OnTerminal = true },
        new("link-out-of-root-build", "the same, built: nothing is written", folder => folder.File("records/a.neg", Valid)
                .File("private/notes.neg", $"party \"{Secret}\n").Link("records/notes.neg", "../private/notes.neg"),
            ["build", "records", "-o", "out"], 2) { ExpectedCodes = ["NEG9009"], MustNotPrint = [Secret], WritesOutput = false },
        new("proc-environ-link", "env.neg -> /proc/self/environ in the folder, a secret in the environment", folder => folder.File("records/a.neg", Valid)
                .Link("records/env.neg", "/proc/self/environ"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9009"], MustNotPrint = [Secret], OnTerminal = true, Environment = new Dictionary<string, string> { ["NEGC_HOSTILE_SECRET"] = Secret } },
        new("proc-environ-given", "env.neg -> /proc/self/environ given on the command line, a secret in the environment", folder => folder.Link("env.neg", "/proc/self/environ"),
            ["check", "env.neg"], 2) { ExpectedCodes = ["NEG9008"], MustNotPrint = [Secret], OnTerminal = true, Environment = new Dictionary<string, string> { ["NEGC_HOSTILE_SECRET"] = Secret } },
        new("broken-link", "gone.neg -> nowhere.neg in the folder", folder => folder.File("records/a.neg", Valid).Link("records/gone.neg", "nowhere.neg"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9010"] },
        new("unreadable-folder", "a subfolder with mode 000", folder => folder.File("records/a.neg", Valid).File("records/private/b.neg", Valid).Mode("records/private", "000"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9011"], MustPrint = ["in 1 file."], Unprivileged = true },
        new("unreadable-file", "a record with mode 000", folder => folder.File("records/a.neg", Valid).File("records/b.neg", Valid).Mode("records/b.neg", "000"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9002"], MustPrint = ["in 1 file."], Unprivileged = true },
        new("bind-mount-loop", "the folder bind-mounted inside itself", folder => folder.File("records/a.neg", Valid).Folder("records/mnt"),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9012"], MustPrint = ["in 1 file."], BindMounts = [("records", "records/mnt")] },
        new("fifo-negconfig-in-parent", "negconfig.json is a FIFO in the folder above the records", folder => folder.Fifo("negconfig.json").File("records/a.neg", Valid),
            ["check", "records"], 2) { ExpectedCodes = ["NEG9007"] },
        new("negconfig-above-repository", "a negconfig.json above the repository's .git silences NEG2001", folder => folder
                .File("negconfig.json", """{ "diagnostics": { "NEG2001": "none" } }""").Folder("repo/.git").File("repo/records/x.neg", Typo),
            ["check", "repo/records"], 1) { ExpectedCodes = ["NEG2001"] },
        new("negconfig-of-another-user", "in a 1777 folder, nobody's negconfig.json would silence NEG2001: not read", folder => folder
                .File("shared/negconfig.json", """{ "diagnostics": { "NEG2001": "none" } }""").Owner("shared/negconfig.json", 65534).Mode("shared", "1777")
                .File("shared/records/x.neg", Typo),
            ["check", "shared/records"], 1) { ExpectedCodes = ["NEG2001"], MustNotPrint = ["NEG9013"] },
        new("fifo-negconfig-in-shared-parent", "a FIFO negconfig.json planted in a 1777 folder two levels above the records, run as nobody", folder => folder
                .Fifo("shared/negconfig.json").File("shared/p/a/x.neg", Typo).Mode("shared", "1777"),
            ["check", "shared/p/a/x.neg"], 1) { ExpectedCodes = ["NEG2001"], MustNotPrint = ["NEG9007"], Unprivileged = true },
        new("negconfig-of-root-in-shared-parent", "root's negconfig.json in a 1777 folder above the records would silence NEG2001, run as nobody", folder => folder
                .File("shared/negconfig.json", """{ "diagnostics": { "NEG2001": "none" } }""").File("shared/p/a/x.neg", Typo).Mode("shared", "1777"),
            ["check", "shared/p/a/x.neg"], 1) { ExpectedCodes = ["NEG2001"], Unprivileged = true },
    ];
}
