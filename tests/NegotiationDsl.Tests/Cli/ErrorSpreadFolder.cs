using System.Globalization;
using System.IO;
using System.Text;

namespace NegotiationDsl.Tests.Cli;

/// <summary>
/// Writes one folder (one compilation) of many small records whose mistakes cross file boundaries:
/// names declared twice in different files, labels reused, events on commitments made elsewhere,
/// unknown names, a meeting overlap, suppressed lines and broken syntax. What is reported first, and
/// what "previously declared at" points to, depends on file order, so a parallel run that lost the
/// order would show.
/// </summary>
internal static class ErrorSpreadFolder
{
    public static void Write(string directory, int records)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "actors.neg"),
            "party Aldoria state \"Republic of Aldoria\";\n" +
            "party Borovia state \"Borovia\";\n" +
            "party Unused state \"Nobody refers to this one\";\n" +
            "person Smith \"Smith\" office \"Envoy\" of Aldoria from 2010-01-01;\n");
        for (var i = 0; i < records; i++)
            File.WriteAllText(Path.Combine(directory, "r" + i.ToString("D3", CultureInfo.InvariantCulture) + ".neg"), Record(i));
    }

    private static string Record(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var day = (1 + i % 27).ToString("D2", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("record \"Record ").Append(n).Append("\" source \"Wire\" published 2020-01-").Append(day).Append(";\n");
        text.Append("meeting_").Append(n).Append(": meeting ").Append(i % 2 == 0 ? "Geneva" : "Vienna")
            .Append(" 2020-02-").Append(day).Append(" with Smith, Aldoria <\n");
        text.Append("  pledge_").Append(n).Append(": Aldoria commits \"a written answer\" to Borovia by next_month;\n");
        text.Append("  Borovia says \"we wait\";\n>\n");
        // Events on the previous file's commitment: settled twice when two files fulfil and break it.
        if (i > 0) text.Append("Aldoria fulfils pledge_").Append((i - 1).ToString(CultureInfo.InvariantCulture)).Append(" on 2020-03-01;\n");
        if (i > 1 && i % 4 == 0) text.Append("Borovia breaks pledge_").Append((i - 2).ToString(CultureInfo.InvariantCulture)).Append(" on 2020-01-01;\n");
        if (i % 3 == 0) text.Append("Aldorai says \"a typo in the name\";\n");
        if (i % 5 == 0) text.Append("shared: Borovia says \"a label used in several files\";\n");
        if (i % 7 == 0) text.Append("party Borovia state \"declared again\";\n");
        if (i % 6 == 0) text.Append("// neg-disable-next-line\nGhost says \"silenced\";\n");
        if (i % 11 == 0) text.Append("Aldoria says \"a missing semicolon\"\n");
        if (i % 9 == 0) text.Append("Aldoria says \"after a label elsewhere\" after meeting_").Append((i / 2).ToString(CultureInfo.InvariantCulture)).Append(";\n");
        return text.ToString();
    }
}
