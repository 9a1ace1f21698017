using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// Archives (docs/language.md, "Archives"): uses that lead out of the archive, at files that are no records, at FIFOs,
/// devices and loops of links; a negarchive.json that is no JSON file; and archives shaped to cost: a folder of 10,000
/// files, 10,000 folders used by one file, a cycle of 1,000 folders, 10,000 uses that name nothing.
/// </summary>
public static partial class FileSystemCases
{
    /// <summary>The register every archive of these cases holds, a/actors.</summary>
    private const string Register = "party USA;\nperson Blinken of USA;\n";

    /// <summary>A record of a/t that names the register's Blinken: with a use of it, it has no error.</summary>
    private const string Speaks = "Blinken says \"x\" on 2022-01-21;\n";

    private static readonly FileSystemCase[] Archives =
    [
        new("archive-use-outside", "uses of ../../etc, /etc and ../ twenty times then etc/passwd", folder => Archive(folder)
                .File("a/t/t.neg", "use \"../../etc\";\nuse \"/etc\";\nuse \"" + Repeat("../", 20) + "etc/passwd\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 1) { ExpectedCodes = ["NEG2019"], MustPrint = ["3 errors, 0 warnings in 2 files."], MustNotPrint = ["root:"] },
        new("archive-use-not-a-record", "a use of ../x/notes.txt, whose text holds a secret", folder => Archive(folder)
                .File("a/x/notes.txt", $"party \"{Secret}\";\n").File("a/t/t.neg", "use \"../x/notes.txt\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 1) { ExpectedCodes = ["NEG2014"], MustNotPrint = [Secret], OnTerminal = true },
        new("archive-use-fifo", "a use of ../x/data.neg, a FIFO", folder => Archive(folder)
                .Fifo("a/x/data.neg").File("a/t/t.neg", "use \"../x/data.neg\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9007"] },
        new("archive-use-fifo-build", "the same, built: nothing is written", folder => Archive(folder)
                .Fifo("a/x/data.neg").File("a/t/t.neg", "use \"../x/data.neg\";\nuse \"../actors\";\n" + Speaks),
            ["build", "a/t", "-o", "out"], 2) { ExpectedCodes = ["NEG9007"], WritesOutput = false },
        new("archive-use-device", "a use of ../x/data.neg -> /dev/zero", folder => Archive(folder)
                .Link("a/x/data.neg", "/dev/zero").File("a/t/t.neg", "use \"../x/data.neg\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9009"], MaxSeconds = 5, MaxMegabytes = 150 },
        new("archive-use-proc-environ", "a use of ../env.neg -> /proc/self/environ, a secret in the environment", folder => Archive(folder)
                .Link("a/env.neg", "/proc/self/environ").File("a/t/t.neg", "use \"../env.neg\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 2) { ExpectedCodes = ["NEG9009"], MustNotPrint = [Secret], OnTerminal = true, Environment = new Dictionary<string, string> { ["NEGC_HOSTILE_SECRET"] = Secret } },
        new("archive-use-link-loops", "uses of loop/a <-> loop/b, of t/up -> .. and of t/self -> . then up", folder => Archive(folder)
                .Link("a/loop/a", "b").Link("a/loop/b", "a").Link("a/t/up", "..").Link("a/t/self", ".")
                .File("a/t/t.neg", "use \"../loop/a\";\nuse \"up\";\nuse \"self/up/actors\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 1) { ExpectedCodes = ["NEG2014"], MustPrint = ["3 errors, 0 warnings in 2 files."], MaxSeconds = 5 },
        new("archive-use-control-characters", "uses whose paths hold NUL, LF, ESC[2J, an OSC title, BEL and U+202E (as \\u escapes)", folder => Archive(folder)
                .File("a/t/t.neg", "use \"../x\\u0000y\";\nuse \"../a\\nb\";\nuse \"../clear\\u001B[2J\\u001B]0;PWNED\\u0007bell\\u202Eevil\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 1)
        {
            ExpectedCodes = ["NEG2014"], OnTerminal = true, MustPrint = ["\"../clear\\u001B[2J\\u001B]0;PWNED\\u0007bell\\u202Eevil\"", "\"../a\\u000Ab\""],
            MustNotPrint = ["\u001B[2J", "\u001B]0;", "\u0007", "\u202E", "\0"],
        },
        new("archive-use-100000-steps-up", "a use of ../ 100,000 times then etc (300 KB), and one of a name of 1,000,000 characters", folder => Archive(folder)
                .File("a/t/t.neg", "use \"" + Repeat("../", 100_000) + "etc\";\nuse \"" + Repeat("x", 1_000_000) + "\";\nuse \"../actors\";\n" + Speaks),
            ["check", "a"], 1) { ExpectedCodes = ["NEG2019", "NEG2014"], MustNotPrint = [Repeat("../", 100), Repeat("x", 300)], MaxSeconds = 10, MaxMegabytes = 300 },
        new("negarchive-fifo", "negarchive.json is a FIFO; a record uses the register", folder => Archive(folder, marker: false).Fifo("a/negarchive.json")
                .File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9007"], MustNotPrint = ["NEG2019", "NEG2017"] },
        new("negarchive-folder", "negarchive.json is a folder", folder => Archive(folder, marker: false).Folder("a/negarchive.json")
                .File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9007"], MustNotPrint = ["NEG2019", "NEG2017"] },
        new("negarchive-device", "negarchive.json -> /dev/zero", folder => Archive(folder, marker: false).Link("a/negarchive.json", "/dev/zero")
                .File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9007"], MustNotPrint = ["NEG2019", "NEG2017"], MaxSeconds = 5, MaxMegabytes = 150 },
        new("negarchive-huge", "negarchive.json of 64 MB of spaces", folder => Archive(folder, marker: false).File("a/negarchive.json", new string(' ', 64 << 20))
                .File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9002"], MustNotPrint = ["NEG2019", "NEG2017"], MaxSeconds = 5, MaxMegabytes = 150 },
        new("negarchive-not-json", "negarchive.json that is not JSON", folder => Archive(folder, marker: false)
                .File("a/negarchive.json", "name = \"Hostile\"\n").File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t"], 2) { ExpectedCodes = ["NEG9004"], MustNotPrint = ["NEG2019", "NEG2017"] },
        new("archive-path-given-missing", "a path given inside an archive that does not exist (it once checked its folder and exited 0)", folder => Archive(folder)
                .File("a/t/t.neg", "use \"../actors\";\n" + Speaks),
            ["check", "a/t/missing.neg"], 2) { ExpectedCodes = ["NEG9001"] },
        new("archive-folder-10000-files", "a folder of 10,000 records, each declaring a party, used by a record that names the last with a typo", folder =>
            {
                Archive(folder).File("a/t/t.neg", "use \"../many\";\nP09999x says \"x\" on 2022-01-21;\n");
                for (var i = 0; i < 10_000; i++) folder.File("a/many/f" + Number(i) + ".neg", "party P" + Number(i) + ";\nP" + Number(i) + " says \"x\" on 2022-01-21;\n");
            },
            ["check", "a"], 1) { ExpectedCodes = ["NEG2001"], MustPrint = ["in 10002 files."], MaxSeconds = 30, MaxMegabytes = 500 },
        new("archive-10000-folders-one-file", "10,000 folders of one record each, and one file that uses them all and names each one's party", folder =>
            {
                var uses = new StringBuilder();
                for (var i = 0; i < 10_000; i++)
                {
                    folder.File("a/d" + Number(i) + "/r.neg", "party P" + Number(i) + ";\n");
                    uses.Append("use \"../d" + Number(i) + "\";\n");
                }

                for (var i = 0; i < 10_000; i++) uses.Append("P" + Number(i) + " says \"x\" on 2022-01-21;\n");
                Archive(folder).File("a/t/t.neg", uses.ToString());
            },
            ["check", "a/t"], 0) { MustPrint = ["0 errors, 0 warnings in 1 file."], MaxSeconds = 30, MaxMegabytes = 500 },
        new("archive-10000-missing-uses", "10,000 folders, and one file with 10,000 uses that name none of them", folder =>
            {
                for (var i = 0; i < 10_000; i++) folder.File("a/d" + Number(i) + "/r.neg", "party P" + Number(i) + ";\n");
                Archive(folder).File("a/t/t.neg", string.Concat(Enumerable.Range(0, 10_000).Select(i => "use \"../e" + Number(i) + "\";\n")));
            },
            // Every diagnostic printed: the suggestion for the last of the 10,000 uses must still be found in time.
            ["check", "a/t", "--max-diagnostics", "0"], 1) { ExpectedCodes = ["NEG2014"], MustPrint = ["did you mean \"../d09999\"?"], MaxSeconds = 30, MaxMegabytes = 500 },
        new("archive-cycle-1000", "1,000 folders, each using the next, the last the first", folder =>
            {
                Archive(folder);
                for (var i = 0; i < 1_000; i++)
                    folder.File("a/c" + Number(i, 4) + "/r.neg", "use \"../c" + Number((i + 1) % 1_000, 4) + "\";\nparty P" + Number(i, 4) + ";\nP" + Number((i + 1) % 1_000, 4) + " says \"x\" on 2022-01-21;\n");
            },
            ["check", "a"], 1) { ExpectedCodes = ["NEG2015"], MustPrint = ["\"c0000\" -> \"c0001\" -> \"c0002\" -> \"c0003\" -> \"c0004\" and 995 more -> \"c0000\""], MaxSeconds = 20, MaxMegabytes = 300 },
    ];

    /// <summary>An archive in a/: its negarchive.json (unless the case makes its own) and the register a/actors.</summary>
    private static CaseFolder Archive(CaseFolder folder, bool marker = true) =>
        (marker ? folder.File("a/negarchive.json", "{ \"name\": \"Hostile\" }\n") : folder).File("a/actors/actors.neg", Register);

    private static string Number(int i, int digits = 5) => i.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
