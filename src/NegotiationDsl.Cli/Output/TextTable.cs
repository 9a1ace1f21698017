using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Hosting.Output;

namespace NegotiationDsl.Cli.Output;

/// <summary>A terminal table: columns padded to their widest cell, the last one unpadded; cells arrive escaped.</summary>
internal static class TextTable
{
    public static void Write(CliConsole console, string[] header, IEnumerable<string[]> rows)
    {
        var table = new List<string[]> { header };
        table.AddRange(rows);
        var widths = Enumerable.Range(0, header.Length).Select(column => table.Max(line => line[column].Length)).ToArray();
        foreach (var line in table)
            console.WriteLine($"{new TerminalText(string.Join("  ", line.Select((cell, column) => column == line.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd())}");
    }
}
