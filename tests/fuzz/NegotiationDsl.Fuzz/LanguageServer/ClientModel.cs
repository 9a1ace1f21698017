using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// What the server must have made of the messages sent so far, worked out from the messages themselves and the
/// rules docs/reliability.md states, without the server's code: where the lifecycle stands, which documents are
/// open with which text and version, and what each request must get back. Document sync follows LSP: lines end
/// at \n, \r\n or \r; a position past a line's end or the last line is clamped; an end before its start is
/// swapped; a notification whose parameters do not have the protocol's shapes is dropped whole.
/// </summary>
internal sealed class ClientModel
{
    private readonly Dictionary<string, Document> _open = new(StringComparer.Ordinal);
    private readonly HashSet<string> _everOpened = new(StringComparer.Ordinal);
    private readonly HashSet<(string Uri, int Version)> _versionsUsed = [];

    public bool Initialized { get; private set; }
    public bool ShutDown { get; private set; }
    public bool Exited { get; private set; }

    public IReadOnlyDictionary<string, Document> Open => _open;

    /// <summary>Documents opened at some point and closed now: their last publication must be empty.</summary>
    public IEnumerable<string> Closed => _everOpened.Where(uri => !_open.ContainsKey(uri));

    /// <summary>The exit code the server must end with.</summary>
    public int ExitCode => ShutDown ? 0 : 1;

    /// <summary>Applies what the server must do with <paramref name="body"/>, and says what it must answer.</summary>
    public Expectation Interpret(byte[] body)
    {
        if (Exited) return Expectation.None;
        var message = ModelJson.Parse(body, out var isJson) as Dictionary<string, object?>;
        if (!isJson || message is null) return Expectation.None;
        var method = message.GetValueOrDefault("method") as string;
        return Interpret(message, method) with { Method = method };
    }

    private Expectation Interpret(Dictionary<string, object?> message, string? method)
    {
        var id = message.TryGetValue("id", out var idValue) ? MatchableId(idValue) : null;
        var isRequest = message.ContainsKey("id");
        var paramsValue = message.GetValueOrDefault("params");
        // A response answers nothing the server asked (it asks nothing) and is ignored.
        if (!message.ContainsKey("method") && (message.ContainsKey("result") || message.ContainsKey("error"))) return Expectation.None;
        // The envelope refuses these whole (-32600), whatever the method.
        if (method is null || paramsValue is not (null or Dictionary<string, object?> or List<object?>) || (isRequest && id is null && idValue is not null))
            return id is null ? Expectation.None : Expectation.Error(id, -32600);

        if (method == "exit")
        {
            Exited = true;
            return Expectation.None;
        }

        if (!Initialized)
        {
            if (method != "initialize" || !isRequest) return id is null ? Expectation.None : Expectation.Error(id, -32002);
            Initialized = true;
            return id is null ? Expectation.None : Expectation.Result(id);
        }

        if (ShutDown || method == "initialize") return id is null ? Expectation.None : Expectation.Error(id, -32600);
        if (method == "shutdown" && isRequest)
        {
            ShutDown = true;
            return id is null ? Expectation.None : Expectation.Result(id);
        }

        if (isRequest) return id is null ? Expectation.None : IsWellFormed(id) ? Expectation.Result(id) : Expectation.AnyAnswer(id);
        if (paramsValue is Dictionary<string, object?> parameters) ApplySync(method, parameters);
        return Expectation.None;
    }

    /// <summary>Ids the client can match an answer to: integers within 64 bits, and strings (a lone surrogate makes the id unanswerable).</summary>
    private static string? MatchableId(object? id) => id switch
    {
        ModelJson.Number number => number.AsInt64?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string text when !text.Contains('\uFFFD', StringComparison.Ordinal) => "\"" + text + "\"",
        _ => null,
    };

    /// <summary>The generator marks the requests it built with the protocol's shapes: those must get a result.</summary>
    private static bool IsWellFormed(string id) => id.StartsWith("\"" + SequenceGenerator.WellFormedIdPrefix, StringComparison.Ordinal);

    private void ApplySync(string method, Dictionary<string, object?> parameters)
    {
        switch (method)
        {
            case "textDocument/didOpen" when parameters.GetValueOrDefault("textDocument") is Dictionary<string, object?> item
                && item.GetValueOrDefault("uri") is string uri && item.GetValueOrDefault("text") is string text
                && Int32(item.GetValueOrDefault("version")) is { } version && item.GetValueOrDefault("languageId") is string or null:
                _open[uri] = new Document(text, version, _versionsUsed.Add((uri, version)));
                _everOpened.Add(uri);
                break;
            case "textDocument/didChange" when parameters.GetValueOrDefault("textDocument") is Dictionary<string, object?> item
                && item.GetValueOrDefault("uri") is string uri && Int32(item.GetValueOrDefault("version")) is { } version
                && parameters.GetValueOrDefault("contentChanges") is List<object?> changes && ReadChanges(changes) is { } edits:
                if (!_open.TryGetValue(uri, out var document)) return;
                var changed = document.Text;
                foreach (var (range, newText) in edits) changed = range is null ? newText : LspText.Replace(changed, range.Value, newText);
                _open[uri] = new Document(changed, version, _versionsUsed.Add((uri, version)));
                break;
            case "textDocument/didClose" when parameters.GetValueOrDefault("textDocument") is Dictionary<string, object?> item
                && item.GetValueOrDefault("uri") is string uri:
                _open.Remove(uri);
                break;
        }
    }

    private static List<(LspText.Range? Range, string Text)>? ReadChanges(List<object?> changes)
    {
        var edits = new List<(LspText.Range?, string)>();
        foreach (var change in changes)
        {
            if (change is not Dictionary<string, object?> fields || fields.GetValueOrDefault("text") is not string text) return null;
            if (!fields.TryGetValue("range", out var rangeValue) || rangeValue is null)
            {
                edits.Add((null, text));
                continue;
            }

            if (rangeValue is not Dictionary<string, object?> range || Position(range.GetValueOrDefault("start")) is not { } start || Position(range.GetValueOrDefault("end")) is not { } end) return null;
            edits.Add((new LspText.Range(start, end), text));
        }

        return edits;
    }

    private static LspText.Position? Position(object? value) =>
        value is Dictionary<string, object?> fields && Int32(fields.GetValueOrDefault("line")) is { } line && Int32(fields.GetValueOrDefault("character")) is { } character
            ? new LspText.Position(line, character)
            : null;

    private static int? Int32(object? value) => (value as ModelJson.Number)?.AsInt32;

    /// <param name="VersionIsNew">False when an earlier text of the document had this version too: a publication for the version may then be of that text.</param>
    public sealed record Document(string Text, int Version, bool VersionIsNew);
}

/// <summary>What the client must get back for one message: nothing, a result, an error with a code, or any answer.</summary>
/// <param name="Id">The id as the client matches answers: an integer's digits, or a string in quotes.</param>
internal sealed record Expectation(string? Id, ExpectedAnswer Answer, int ErrorCode = 0)
{
    public string? Method { get; init; }

    public static readonly Expectation None = new(null, ExpectedAnswer.None);

    public static Expectation Result(string id) => new(id, ExpectedAnswer.Result);

    public static Expectation Error(string id, int code) => new(id, ExpectedAnswer.Error, code);

    public static Expectation AnyAnswer(string id) => new(id, ExpectedAnswer.Any);
}

internal enum ExpectedAnswer
{
    None,
    /// <summary>A result, or an error the protocol allows for a well-formed request (RequestFailed for a refused rename, RequestCancelled).</summary>
    Result,
    Error,
    /// <summary>A result or any error but an internal one.</summary>
    Any,
}
