using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NegotiationDsl.Reports;
using NegotiationDsl.Tests.Binding;
using NodaTime;

namespace NegotiationDsl.Tests.Reports;

/// <summary>Builds reports from record text, and reads back the structure of each format for the tests.</summary>
internal static class ReportHelper
{
    public static ReportModel Model(string records, LocalDate? asOf = null) => ReportModel.Build(BindingHelper.Compile(records), "test", asOf);

    public static (string Markdown, string Html, string Csv) All(ReportModel model) =>
        (MarkdownReportWriter.Write(model), HtmlReportWriter.Write(model), CsvReportWriter.Write(model));

    /// <summary>
    /// RFC 4180: records of fields; quoted fields may hold commas, doubled quotes and line breaks. Every CSV report starts
    /// with a byte order mark (U+FEFF), which is required here and is not part of the first field.
    /// </summary>
    public static List<List<string>> ParseCsv(string csv)
    {
        Xunit.Assert.True(csv.Length > 0 && csv[0] == CsvText.ByteOrderMark, "The CSV does not start with a byte order mark.");
        csv = csv[1..];
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                i++;
            }
            else
            {
                Xunit.Assert.False(c is '"' or '\r' or '\n', $"Unquoted {(int)c} in a CSV field at {i}.");
                field.Append(c);
            }
        }

        Xunit.Assert.False(quoted, "A quoted CSV field is not closed.");
        Xunit.Assert.True(field.Length == 0 && record.Count == 0, "The CSV does not end with CRLF.");
        return records;
    }

    /// <summary>
    /// A report document without the byte order mark a CSV document starts with: that mark is the writer's, not user text,
    /// so the checks for hidden characters look at what follows it.
    /// </summary>
    public static string AfterByteOrderMark(string document) =>
        document.Length > 0 && document[0] == CsvText.ByteOrderMark ? document[1..] : document;

    /// <summary>The CSV row of the commitment with this id, by column name.</summary>
    public static Dictionary<string, string> CsvRow(string csv, string id)
    {
        var records = ParseCsv(csv);
        var row = records.Skip(1).Single(r => r[1] == id);
        return records[0].Zip(row).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    /// <summary>
    /// The shape of a Markdown document, line by line: blank, heading level, table row with its cell count,
    /// list item with its depth, block quote, code fence, or paragraph; Mermaid lines by their first word.
    /// Record text must never change it.
    /// </summary>
    public static List<string> MarkdownShape(string markdown)
    {
        var shape = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", System.StringComparison.Ordinal)) { inFence = !inFence; shape.Add("fence"); continue; }
            if (inFence) { shape.Add("mermaid:" + line.TrimStart().Split(' ')[0]); continue; }
            var heading = Regex.Match(line, "^(#{1,6}) ");
            if (line.Length == 0) shape.Add("blank");
            else if (heading.Success) shape.Add("h" + heading.Groups[1].Length);
            else if (line.StartsWith("| ", System.StringComparison.Ordinal)) shape.Add("row:" + TableCells(line));
            else if (Regex.Match(line, "^( *)- ") is { Success: true } item) shape.Add("item:" + item.Groups[1].Length);
            else if (Regex.IsMatch(line, "^ *> ")) shape.Add("quote");
            else shape.Add("text");
        }

        return shape;
    }

    /// <summary>Cells of a table row: pipes not escaped by a backslash.</summary>
    public static int TableCells(string row)
    {
        var pipes = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\') i++;
            else if (row[i] == '|') pipes++;
        }

        return pipes - 1;
    }

    /// <summary>
    /// The HTML's elements in document order (opening and closing tags by name), leaving out line breaks and the lines of
    /// a wrapped timeline label (<c>tspan</c>): how many a label needs depends on its length, not on what it holds.
    /// </summary>
    public static List<string> HtmlShape(string html) =>
        Regex.Matches(html, "<(/?[a-zA-Z][a-zA-Z0-9-]*)").Select(match => match.Groups[1].Value).Where(tag => tag is not ("br" or "tspan" or "/tspan")).ToList();
}
