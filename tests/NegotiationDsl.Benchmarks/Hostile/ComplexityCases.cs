using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The complexity cases of docs/reliability.md: one per dimension in which some check, emitter or report once did
/// work that grew with the square of the input. Each doubles its input three times; see <see cref="ComplexityRunner"/>.
/// </summary>
public static class ComplexityCases
{
    private const string Person = "party USA;\nperson Blinken of USA;\n";

    public static IReadOnlyList<ComplexityCase> All { get; } = new[]
    {
        new ComplexityCase("long-unknown-name", "an unknown name of n characters, one letter away from a declared one (\"did you mean\")",
            ComplexityCommand.Check, 1 << 20, (folder, n) => Record(folder, text =>
            {
                var name = new string('a', n);
                text.Append("party ").Append(name).Append(";\nmeeting Geneva 2022-01-21 <\n  ").Append(name, 0, n - 1).Append("b says \"x\";\n>\n");
            }), ExpectedExitCode: 1, Environment: "NEGC_MAX_FILE_MB=64"),
        new ComplexityCase("misspelt-parties", "n parties and n uses, each one letter away from one of them",
            ComplexityCommand.Check, 4_000, (folder, n) => Record(folder, text =>
            {
                for (var i = 0; i < n; i++) text.Append("party Party").Append(Id(i)).Append(";\n");
                text.Append("meeting Geneva 2022-01-21 <\n");
                for (var i = 0; i < n; i++) text.Append("  Pxrty").Append(Id(i)).Append(" says \"x\";\n");
                text.Append(">\n");
            }), ExpectedExitCode: 1),
        new ComplexityCase("misspelt-labels", "n labelled statements and n 'after' naming each with a typo",
            ComplexityCommand.Check, 4_000, (folder, n) => Misspelt(folder, n, "label", "lxbel", ": A says \"x\" on 2022-01-21;\n", "A says \"y\" after ", ";\n"), ExpectedExitCode: 1),
        new ComplexityCase("misspelt-commitments", "n commitments and n 'fulfils' naming each with a typo",
            ComplexityCommand.Check, 4_000, (folder, n) => Misspelt(folder, n, "promise", "prxmise", ": A commits \"x\" on 2022-01-21;\n", "A fulfils ", " on 2022-01-22;\n"), ExpectedExitCode: 1),
        new ComplexityCase("misspelt-files", "n files of a folder, each with a party and a use of another file's party with a typo",
            ComplexityCommand.Check, 1_000, (folder, n) =>
            {
                for (var i = 0; i < n; i++)
                    File.WriteAllText(Path.Combine(folder, "f" + Id(i) + ".neg"), "party Party" + Id(i) + ";\nPxrty" + Id((i + 1) % n) + " says \"x\" on 2022-01-21;\n");
            }, ExpectedExitCode: 1),
        new ComplexityCase("one-person-many-places", "one person at n places on one day (meeting clashes)",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                text.Append(Person);
                for (var i = 0; i < n; i++) text.Append("meeting Place").Append(Id(i)).Append(" 2022-01-21 with Blinken < >\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("participants", "n persons in one meeting, each of whom speaks, built to C#, JSON and reports",
            ComplexityCommand.BuildAll, 1_000, (folder, n) => PersonsInOneMeeting(folder, n, i => "P" + Id(i)), ExpectedExitCode: 0),
        new ComplexityCase("participant-parties", "n parties in one meeting, each speaking through a person of its own",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                for (var i = 0; i < n; i++) text.Append("party Q").Append(Id(i)).Append(";\nperson P").Append(Id(i)).Append(" of Q").Append(Id(i)).Append(";\n");
                text.Append("meeting Geneva 2022-01-21 with ");
                Names(text, "Q", 0, n);
                text.Append(" <\n");
                for (var i = 0; i < n; i++) text.Append("  P").Append(Id(i)).Append(" says \"x\";\n");
                text.Append(">\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("bloc-in-many-meetings", "a bloc of n members named in n meetings, in each of which one member speaks",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                for (var i = 0; i < n; i++) text.Append("party Q").Append(Id(i)).Append(";\n");
                text.Append("party Bloc bloc members ");
                Names(text, "Q", 0, n);
                text.Append(";\n");
                for (var i = 0; i < n; i++) text.Append("meeting M").Append(Id(i)).Append(" 2022-01-21 with Bloc < Q").Append(Id(i)).Append(" says \"x\"; >\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("outsider-statements", "n participants and n statements by someone else (each warning names the participants)",
            ComplexityCommand.Check, 8_000, (folder, n) => PersonsInOneMeeting(folder, n, _ => "Out"), ExpectedExitCode: 0),
        new ComplexityCase("party-chain-speakers", "a chain of n parties, each 'of' the one before, and n statements by the last in a meeting with the first",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                text.Append("party P").Append(Id(0)).Append(";\n");
                for (var i = 1; i < n; i++) text.Append("party P").Append(Id(i)).Append(" of P").Append(Id(i - 1)).Append(";\n");
                text.Append("meeting Geneva 2022-01-21 with P").Append(Id(0)).Append(" <\n");
                for (var i = 0; i < n; i++) text.Append("  P").Append(Id(n - 1)).Append(" says \"x\";\n");
                text.Append(">\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("party-cycles", "a chain of n parties whose first lists every one as a member: n cycles, up to n long",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                for (var i = n; i > 0; i--) text.Append("party P").Append(Id(i)).Append(" of P").Append(Id(i - 1)).Append(";\n");
                text.Append("party P").Append(Id(0)).Append(" members ");
                Names(text, "P", n, 0);
                text.Append(";\n");
            }), ExpectedExitCode: 1),
        new ComplexityCase("offices", "a person with n offices, none held then, in n meetings",
            ComplexityCommand.Check, 4_000, (folder, n) => Record(folder, text =>
            {
                text.Append("party USA;\nperson B of USA");
                for (var i = 0; i < n; i++) text.Append(" office \"o").Append(Id(i)).Append("\" from 2000-01-01 until 2000-01-02");
                text.Append(";\n");
                for (var i = 0; i < n; i++) text.Append("meeting M 2022-01-21 with B < >\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("debtors", "a commitment of n debtors, settled n times by someone else",
            ComplexityCommand.Check, 8_000, (folder, n) => Record(folder, text =>
            {
                for (var i = 0; i < n; i++) text.Append("party Q").Append(Id(i)).Append(";\n");
                text.Append("party Out;\nc: ");
                Names(text, "Q", 0, n);
                text.Append(" commits \"x\" on 2022-01-01;\n");
                for (var i = 0; i < n; i++) text.Append("Out fulfils c on 2022-01-02;\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("statements-one-meeting", "n statements in one meeting, built to C# (one list of n, one class of n fields)",
            ComplexityCommand.BuildCSharp, 2_000, (folder, n) => Record(folder, text =>
            {
                text.Append("party A;\nmeeting Geneva 2022-01-21 <\n");
                for (var i = 0; i < n; i++) text.Append("  A says \"x\";\n");
                text.Append(">\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("same-name-meetings", "n unlabelled meetings at one place on one day, built to C# (one generated name, n numbers)",
            ComplexityCommand.BuildCSharp, 2_000, (folder, n) => Record(folder, text =>
            {
                for (var i = 0; i < n; i++) text.Append("meeting Geneva 2022-01-21 < >\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("case-variant-files", "n folders of one file each, the files' names differing only in case, built to JSON (n output names, one numbering)",
            ComplexityCommand.BuildJson, 1_000, (folder, n) =>
            {
                for (var i = 0; i < n; i++)
                {
                    var stem = string.Concat("abcdefghijklmnop".Select((letter, bit) => ((i >> bit) & 1) == 1 ? char.ToUpperInvariant(letter) : letter));
                    Directory.CreateDirectory(Path.Combine(folder, Id(i)));
                    File.WriteAllText(Path.Combine(folder, Id(i), stem + ".neg"), "record \"T\" source \"S\" published 2022-01-21 language \"en\";\n");
                }
            }, ExpectedExitCode: 0) { UserTimeOnly = true },
        new ComplexityCase("lsp-many-changes", "negc lsp: a document of n comment lines, then one didChange of n changes, each adding a line after one of them (several cursors)",
            ComplexityCommand.LanguageServer, 5_000, (folder, n) =>
            {
                var uri = new Uri(Path.Combine(folder, "edited.neg")).AbsoluteUri;
                var text = string.Concat(Enumerable.Repeat("// c\n", n));
                // Change i finds its line at 2i: each change before it added one.
                var changes = Enumerable.Range(0, n).Select(i => new { range = new { start = new { line = 2 * i, character = 4 }, end = new { line = 2 * i, character = 4 } }, text = "\n// y" });
                LanguageServerSession.Write(folder,
                    new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { processId = (int?)null, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } } },
                    new { jsonrpc = "2.0", method = "initialized", @params = new { } },
                    new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "neg", version = 1, text } } },
                    new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri, version = 2 }, contentChanges = changes } },
                    new { jsonrpc = "2.0", id = LanguageServerSession.LastRequestId, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri } } });
            }, ExpectedExitCode: 0),
        new ComplexityCase("rejection-of-many", "one rejection of n demands, reported (it is listed under each demand)",
            ComplexityCommand.BuildReports, 2_000, (folder, n) => Record(folder, text =>
            {
                text.Append("party A;\nparty B;\n");
                for (var i = 0; i < n; i++) text.Append('d').Append(Id(i)).Append(": A demands \"x\" on 2022-01-01;\n");
                text.Append("B rejects ");
                Names(text, "d", 0, n);
                text.Append(" on 2022-01-02;\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("archive-uses-in-one-file", "an archive of n folders, each declaring a party, and one file that uses every folder and names every party",
            ComplexityCommand.Check, 1_000, (folder, n) => Archive(folder, n, text =>
            {
                for (var i = 0; i < n; i++) text.Append("use \"../d").Append(Id(i)).Append("\";\n");
                for (var i = 0; i < n; i++) text.Append('P').Append(Id(i)).Append(" says \"x\" on 2022-01-21;\n");
            }), ExpectedExitCode: 0),
        new ComplexityCase("archive-chain", "an archive of n folders, each using the one before and naming its party",
            ComplexityCommand.Check, 500, (folder, n) =>
            {
                File.WriteAllText(Path.Combine(folder, "negarchive.json"), "{}");
                for (var i = 0; i < n; i++)
                {
                    Directory.CreateDirectory(Path.Combine(folder, "c" + Id(i)));
                    var uses = i == 0 ? "" : "use \"../c" + Id(i - 1) + "\";\nP" + Id(i - 1) + " says \"x\" on 2022-01-21;\n";
                    File.WriteAllText(Path.Combine(folder, "c" + Id(i), "r.neg"), "party P" + Id(i) + ";\nP" + Id(i) + " says \"y\" on 2022-01-21;\n" + uses);
                }
            }, ExpectedExitCode: 0),
        new ComplexityCase("archive-missing-uses", "an archive of n folders and one file with n uses that name none of them (\"did you mean\" over the folders)",
            ComplexityCommand.Check, 500, (folder, n) => Archive(folder, n, text =>
            {
                for (var i = 0; i < n; i++) text.Append("use \"../e").Append(Id(i)).Append("\";\n");
            }), ExpectedExitCode: 1),
        new ComplexityCase("archive-unused-folders", "an archive of n folders, each declaring a party, and one file that names every party without a use (\"declared in ../x; add a use\")",
            ComplexityCommand.Check, 500, (folder, n) => Archive(folder, n, text =>
            {
                for (var i = 0; i < n; i++) text.Append('P').Append(Id(i)).Append(" says \"x\" on 2022-01-21;\n");
            }), ExpectedExitCode: 1),
    };

    private static string Id(int i) => i.ToString("0000000", CultureInfo.InvariantCulture);

    /// <summary>"P0000000, P0000001, ...": the names from <paramref name="first"/> to <paramref name="last"/>, either way.</summary>
    private static void Names(StringBuilder text, string prefix, int first, int last)
    {
        var step = first <= last ? 1 : -1;
        for (var i = first; i != last; i += step) text.Append(i == first ? "" : ", ").Append(prefix).Append(Id(i));
    }

    /// <summary>Persons P0..Pn-1 of one party in one meeting, with n statements by <paramref name="speaker"/>(i) (a party Out is declared too).</summary>
    private static void PersonsInOneMeeting(string folder, int n, System.Func<int, string> speaker) => Record(folder, text =>
    {
        text.Append("party USA;\nparty Out;\n");
        for (var i = 0; i < n; i++) text.Append("person P").Append(Id(i)).Append(" of USA;\n");
        text.Append("meeting Geneva 2022-01-21 with ");
        Names(text, "P", 0, n);
        text.Append(" <\n");
        for (var i = 0; i < n; i++) text.Append("  ").Append(speaker(i)).Append(" says \"x\";\n");
        text.Append(">\n");
    });

    /// <summary>n labelled statements, then n statements that name each label with a typo.</summary>
    private static void Misspelt(string folder, int n, string label, string typo, string declaration, string useBefore, string useAfter) => Record(folder, text =>
    {
        text.Append("party A;\n");
        for (var i = 0; i < n; i++) text.Append(label).Append(Id(i)).Append(declaration);
        for (var i = 0; i < n; i++) text.Append(useBefore).Append(typo).Append(Id(i)).Append(useAfter);
    });

    /// <summary>An archive: folders d0000000.. each declaring party P{i} (and speaking, so it is used), and t/t.neg as <paramref name="write"/> makes it.</summary>
    private static void Archive(string folder, int n, System.Action<StringBuilder> write)
    {
        File.WriteAllText(Path.Combine(folder, "negarchive.json"), "{}");
        for (var i = 0; i < n; i++)
        {
            Directory.CreateDirectory(Path.Combine(folder, "d" + Id(i)));
            File.WriteAllText(Path.Combine(folder, "d" + Id(i), "r.neg"), "party P" + Id(i) + ";\nP" + Id(i) + " says \"y\" on 2022-01-21;\n");
        }

        Directory.CreateDirectory(Path.Combine(folder, "t"));
        Record(Path.Combine(folder, "t"), write);
    }

    private static void Record(string folder, System.Action<StringBuilder> write)
    {
        var text = new StringBuilder();
        write(text);
        File.WriteAllText(Path.Combine(folder, "record.neg"), text.ToString());
    }
}
