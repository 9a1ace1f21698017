using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NegotiationDsl.Tests.Infrastructure;

namespace NegotiationDsl.Tests.Editor;

/// <summary>
/// The VS Code extension's snippets (the file its package.json contributes), and what they insert when the user
/// accepts every placeholder's default: the text a newcomer gets before typing anything of their own.
/// </summary>
internal static class EditorSnippets
{
    public static string ExtensionFolder => Path.Combine(RepoPaths.Root, "src", "vscode");

    /// <summary>Each snippet of the extension: its name, prefix, description and body (lines joined with newlines).</summary>
    public static IReadOnlyList<(string Name, string Prefix, string Description, string Body)> All()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionFolder, "package.json")));
        var contributed = manifest.RootElement.GetProperty("contributes").GetProperty("snippets").EnumerateArray().Single();
        var path = Path.Combine(ExtensionFolder, contributed.GetProperty("path").GetString()!);
        using var snippets = JsonDocument.Parse(File.ReadAllText(path));
        return snippets.RootElement.EnumerateObject()
            .Select(snippet => (
                snippet.Name,
                snippet.Value.GetProperty("prefix").GetString()!,
                snippet.Value.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "",
                string.Join("\n", snippet.Value.GetProperty("body").EnumerateArray().Select(line => line.GetString()))))
            .ToList();
    }

    /// <summary>
    /// The texts a body expands to: every placeholder at its default (a choice at its first option), then once more for
    /// each other option of each choice, so that every option is text the compiler has read.
    /// </summary>
    public static IReadOnlyList<string> Expansions(string body)
    {
        var choices = new Dictionary<int, string[]>();
        new SnippetReader(body, new Dictionary<int, string>(), choices).Read();
        var result = new List<string> { Expand(body, new Dictionary<int, string>()) };
        foreach (var (tabStop, options) in choices)
        {
            foreach (var option in options.Skip(1)) result.Add(Expand(body, new Dictionary<int, string> { [tabStop] = option }));
        }

        return result;
    }

    private static string Expand(string body, Dictionary<int, string> chosen)
    {
        // A tab stop takes the value of the placeholder of its number wherever that stands (VS Code mirrors it), so
        // the first pass learns the values and the second writes them.
        var values = new Dictionary<int, string>(chosen);
        new SnippetReader(body, values, new Dictionary<int, string[]>()).Read();
        return new SnippetReader(body, values, new Dictionary<int, string[]>()).Read();
    }

    /// <summary>
    /// Reads VS Code's snippet syntax: <c>$1</c>, <c>${1}</c>, <c>${1:default}</c> (nested), <c>${1|a,b|}</c> and the
    /// escapes <c>\$ \} \\</c> (and <c>\, \|</c> in a choice). Variables (<c>$TM_FILENAME</c>) are refused: what they
    /// insert depends on the editor, so no test could say what the snippet gives.
    /// </summary>
    private sealed class SnippetReader(string body, Dictionary<int, string> values, Dictionary<int, string[]> choices)
    {
        private int _position;

        public string Read()
        {
            var text = ReadUntil(endOfPlaceholder: false);
            if (_position != body.Length) throw Error("an unmatched '}'");
            return text;
        }

        private string ReadUntil(bool endOfPlaceholder)
        {
            var text = new StringBuilder();
            while (_position < body.Length)
            {
                var c = body[_position];
                if (c == '\\' && _position + 1 < body.Length && body[_position + 1] is '$' or '}' or '\\')
                {
                    text.Append(body[_position + 1]);
                    _position += 2;
                }
                else if (c == '}' && endOfPlaceholder)
                {
                    return text.ToString();
                }
                else if (c == '$')
                {
                    text.Append(ReadTabStop());
                }
                else
                {
                    text.Append(c);
                    _position++;
                }
            }

            if (endOfPlaceholder) throw Error("a placeholder without its '}'");
            return text.ToString();
        }

        private string ReadTabStop()
        {
            _position++;
            var braced = _position < body.Length && body[_position] == '{';
            if (braced) _position++;
            var number = ReadNumber();
            if (!braced) return ValueOf(number);

            var next = _position < body.Length ? body[_position] : '\0';
            if (next == '}')
            {
                _position++;
                return ValueOf(number);
            }

            if (next == ':')
            {
                _position++;
                var text = ReadUntil(endOfPlaceholder: true);
                _position++;
                values.TryAdd(number, text);
                return ValueOf(number);
            }

            if (next == '|')
            {
                _position++;
                var options = ReadChoice();
                choices.TryAdd(number, options);
                values.TryAdd(number, options[0]);
                return ValueOf(number);
            }

            throw Error($"'{next}' after ${{{number}");
        }

        private string[] ReadChoice()
        {
            var options = new List<string>();
            var option = new StringBuilder();
            while (_position < body.Length)
            {
                var c = body[_position++];
                if (c == '\\' && _position < body.Length && body[_position] is ',' or '|' or '\\' or '$' or '}')
                {
                    option.Append(body[_position++]);
                }
                else if (c == ',')
                {
                    options.Add(option.ToString());
                    option.Clear();
                }
                else if (c == '|' && _position < body.Length && body[_position] == '}')
                {
                    _position++;
                    options.Add(option.ToString());
                    return options.ToArray();
                }
                else
                {
                    option.Append(c);
                }
            }

            throw Error("a choice without its '|}'");
        }

        private int ReadNumber()
        {
            var start = _position;
            while (_position < body.Length && char.IsAsciiDigit(body[_position])) _position++;
            if (_position == start) throw Error("a variable or a '$' that is not a tab stop (write \\$ for a dollar sign)");
            return int.Parse(body.AsSpan(start, _position - start), System.Globalization.CultureInfo.InvariantCulture);
        }

        private string ValueOf(int number) => values.TryGetValue(number, out var value) ? value : "";

        private FormatException Error(string what) => new($"The snippet body has {what} at {_position}: {body}");
    }
}
