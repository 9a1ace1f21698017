using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Hosting.Output;

namespace NegotiationDsl.Cli.Output;

/// <summary>A terminal table: columns padded to their widest cell, the last one unpadded; cells arrive escaped.</summary>
internal static class TextTable
{
    /// <summary>What a cell shows for nothing; an optional column with nothing else is left out.</summary>
    public const string Nothing = "-";

    /// <param name="console">Where to write.</param>
    /// <param name="header">The columns' names.</param>
    /// <param name="rows">The cells, escaped.</param>
    /// <param name="optional">Columns shown only when a row has something in them (an amount, a source), so that records without keep their table.</param>
    public static void Write(CliConsole console, string[] header, IEnumerable<string[]> rows, params string[] optional)
    {
        var table = new List<string[]> { header };
        table.AddRange(rows);
        var shown = Enumerable.Range(0, header.Length)
            .Where(column => !optional.Contains(header[column]) || table.Skip(1).Any(line => line[column] != Nothing))
            .ToArray();
        if (shown.Length < header.Length) table = table.Select(line => shown.Select(column => line[column]).ToArray()).ToList();
        header = table[0];
        var widths = Enumerable.Range(0, header.Length).Select(column => table.Max(line => line[column].Length)).ToArray();
        foreach (var line in table)
            console.WriteLine($"{new TerminalText(string.Join("  ", line.Select((cell, column) => column == line.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd())}");
    }
}
