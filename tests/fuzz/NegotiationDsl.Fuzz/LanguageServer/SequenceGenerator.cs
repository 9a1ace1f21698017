using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Fuzz.Campaign;
using NegotiationDsl.Fuzz.Mutation;
using NegotiationDsl.Text;
using static NegotiationDsl.Fuzz.LanguageServer.ClientJson;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Makes sequence <c>i</c> of a language-server campaign from the seed and <c>i</c> alone: <c>initialize</c> (now
/// and then after messages that come too early), then a random run of didOpen, didChange (incremental edits at
/// random places, sometimes out of range, and whole texts), didClose, every feature request at random positions,
/// junk (text that is not JSON, wrong shapes, lone surrogates, odd ids and numbers, responses, cancellations),
/// pauses in reading and checkpoints, and an end by shutdown and exit, exit alone or a closed input. Document
/// texts and inserted text come from the text campaign's generator and mutators (<see cref="InputFactory"/>).
/// Each message is read by a <see cref="ClientModel"/> as it is made, so edits land on the text as it is.
/// </summary>
internal sealed class SequenceGenerator
{
    /// <summary>Requests built with the protocol's shapes carry ids with this prefix: they must get a result.</summary>
    public const string WellFormedIdPrefix = "wf-";

    /// <summary>A request (workspace/symbol) after whose answer the client compares its documents with the server's.</summary>
    public const string CheckpointIdPrefix = WellFormedIdPrefix + "checkpoint-";

    /// <summary>The last checkpoint, which also waits for every open document's newest diagnostics.</summary>
    public const string FinalCheckpointId = CheckpointIdPrefix + "final";

    /// <summary>A notification the server ignores (an unknown <c>$/</c> one) on which the client stops reading for a while.</summary>
    public const string PauseMethod = "$/negcFuzz/pauseReading";

    private static readonly string[] Uris =
    [
        "untitled:fuzz-a.neg", "untitled:fuzz-b", "file:///nonexistent-negc-fuzz/one/a.neg", "file:///nonexistent-negc-fuzz/one/b.neg",
        "file:///nonexistent-negc-fuzz/two/c%20d%E2%82%AC.neg", "untitled:lone-\ud800", "not a uri",
    ];

    private static readonly string[] PositionMethods =
    [
        "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight",
        "textDocument/prepareRename", "textDocument/rename", "textDocument/completion",
    ];

    private static readonly string[] DocumentMethods =
    [
        "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/formatting",
        "negotiationdsl/report",
    ];

    private static readonly string[] Snippets =
    [
        "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\ud800", "\udc00", "😀", "e\u0301", "\0", "\uFEFF", "\"", "//", "/*", "*/", " ", "\t",
        ";", "<", ">", "party ", "person ", "meeting ", "commits ", "by next_week", "Blinken", "2022-01-21",
    ];

    private static readonly string[] NotRequests = ["[]", "\"x\"", "42", "null", "true", "{}", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]"];

    private static readonly string[] UnknownNotifications = ["$/noSuchThing", "$/setTrace", "custom/notification", "initialized"];

    private static readonly string[] NotInt32 = ["1e400", "4294967296", "1.5", "-2147483649", "1e2"];

    private readonly long _seed;
    private readonly InputFactory _inputs;

    public SequenceGenerator(long seed, InputFactory inputs)
    {
        _seed = seed;
        _inputs = inputs;
    }

    /// <summary>Where the end of a sequence starts: its final checkpoint, or else its last message.</summary>
    public static int EndOf(IReadOnlyList<byte[]> sequence)
    {
        var final = System.Text.Encoding.UTF8.GetBytes($"\"id\":\"{FinalCheckpointId}\"");
        for (var i = sequence.Count - 1; i >= 0; i--)
        {
            if (sequence[i].AsSpan().IndexOf(final) >= 0) return i;
        }

        return Math.Max(0, sequence.Count - 1);
    }

    public IReadOnlyList<byte[]> Make(long index) => new Builder(new Random(InputFactory.Mix(_seed ^ 0x4C5350, index)), _inputs).Build();

    private sealed class Builder(Random random, InputFactory inputs)
    {
        private readonly ClientModel _model = new();
        private readonly List<byte[]> _bodies = [];
        private readonly List<string> _recentIds = [];
        private int _nextId = 1;
        private int _checkpoints;

        public List<byte[]> Build()
        {
            if (random.Next(10) == 0)
            {
                for (var i = random.Next(1, 4); i > 0; i--) RandomAction();
            }

            Send(Request("initialize", O(("processId", null), ("rootUri", random.Next(10) == 0 ? "file:///nonexistent-negc-fuzz" : null), ("capabilities", O()))));
            Send(Notification("initialized", O()));
            var actions = 1 + random.Next(random.Next(4) == 0 ? 120 : 30);
            for (var i = 0; i < actions && !_model.Exited; i++) RandomAction();
            if (_model.Exited) return _bodies;

            Send(Request("workspace/symbol", O(("query", "")), FinalCheckpointId));
            switch (random.Next(10))
            {
                case < 7:
                    if (!_model.ShutDown) Send(Request("shutdown", null));
                    Send(Notification("exit", null));
                    break;
                case 7:
                    Send(Notification("exit", null));
                    break;
                default:
                    // The input just ends.
                    break;
            }

            return _bodies;
        }

        private void RandomAction()
        {
            switch (random.Next(100))
            {
                case < 12:
                    Send(Notification("textDocument/didOpen", O(("textDocument", O(("uri", AnyUri()), ("languageId", "neg"), ("version", random.Next(-2, 100)), ("text", DocumentText()))))));
                    break;
                case < 45:
                    DidChange();
                    break;
                case < 50:
                    Send(Notification("textDocument/didClose", O(("textDocument", O(("uri", random.Next(5) == 0 ? AnyUri() : OpenOrAnyUri()))))));
                    break;
                case < 52:
                    Send(Notification("textDocument/didSave", O(("textDocument", O(("uri", OpenOrAnyUri()))))));
                    break;
                case < 80:
                    FeatureRequest();
                    break;
                case < 91:
                    Junk();
                    break;
                case < 93:
                    Send(Notification(PauseMethod, O(("milliseconds", random.Next(20, 300)))));
                    break;
                case < 99:
                    Send(Request("workspace/symbol", O(("query", "")), CheckpointIdPrefix + _checkpoints++));
                    break;
                default:
                    if (random.Next(3) == 0) Send(Notification("exit", null));
                    else Send(Request("shutdown", null));
                    break;
            }
        }

        private void DidChange()
        {
            var uri = random.Next(5) == 0 ? AnyUri() : OpenOrAnyUri();
            var text = _model.Open.TryGetValue(uri, out var document) ? document.Text : "";
            var version = random.Next(10) switch
            {
                0 => random.Next(int.MinValue, int.MaxValue),
                1 => (document?.Version ?? 0) - 1,
                _ => (document?.Version ?? 0) + 1,
            };
            var changes = new List<object?>();
            for (var i = random.Next(4) == 0 ? random.Next(1, 6) : 1; i > 0; i--)
            {
                if (random.Next(7) == 0)
                {
                    text = random.Next(4) == 0 ? Snippet() : DocumentText();
                    changes.Add(O(("text", text)));
                    continue;
                }

                var (range, replaced) = RandomRange(text);
                var inserted = Snippet();
                changes.Add(O(("range", range), ("text", inserted)));
                text = replaced is { } valid ? LspText.Replace(text, valid, inserted) : text;
            }

            Send(Notification("textDocument/didChange", O(("textDocument", O(("uri", uri), ("version", version))), ("contentChanges", changes))));
        }

        /// <summary>A range in <paramref name="text"/>: mostly a real one, sometimes positions past the text, negative or reversed.</summary>
        private (Obj Json, LspText.Range? Range) RandomRange(string text)
        {
            var start = random.Next(text.Length + 1);
            var end = Math.Min(text.Length, start + (random.Next(3) == 0 ? 0 : random.Next(random.Next(10) == 0 ? 5000 : 40)));
            var range = new LspText.Range(PositionOf(text, start), PositionOf(text, end));
            if (random.Next(8) == 0) range = new LspText.Range(OddPosition(text), random.Next(2) == 0 ? OddPosition(text) : range.End);
            if (random.Next(20) == 0) range = new LspText.Range(range.End, range.Start);
            return (RangeJson(range), range);
        }

        private static Obj RangeJson(LspText.Range range) => O(("start", PositionJson(range.Start)), ("end", PositionJson(range.End)));

        private static Obj PositionJson(LspText.Position position) => O(("line", position.Line), ("character", position.Character));

        private LspText.Position OddPosition(string text) => random.Next(6) switch
        {
            0 => new(-1, -1),
            1 => new(0, -5),
            2 => new(LspText.LineCount(text), 0),
            3 => new(random.Next(LspText.LineCount(text)), 100_000),
            4 => new(int.MaxValue, int.MaxValue),
            _ => new(int.MinValue, 0),
        };

        private static LspText.Position PositionOf(string text, int offset)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new LspText.Position(line, offset - lineStart);
        }

        private void FeatureRequest()
        {
            var uri = random.Next(6) == 0 ? AnyUri() : OpenOrAnyUri();
            var text = _model.Open.TryGetValue(uri, out var document) ? document.Text : "";
            var textDocument = O(("uri", uri));
            var position = PositionJson(random.Next(5) == 0 ? OddPosition(text) : PositionOf(text, random.Next(text.Length + 1)));
            var range = RandomRange(text).Json;
            switch (random.Next(6))
            {
                case < 3:
                    var method = PositionMethods[random.Next(PositionMethods.Length)];
                    var members = new List<(string, object?)> { ("textDocument", textDocument), ("position", position) };
                    if (method == "textDocument/references") members.Add(("context", O(("includeDeclaration", random.Next(2) == 0))));
                    if (method == "textDocument/rename") members.Add(("newName", random.Next(3) == 0 ? Snippet() : "Renamed" + random.Next(100)));
                    Send(Request(method, new Obj(members)));
                    break;
                case 3:
                    Send(Request(DocumentMethods[random.Next(DocumentMethods.Length)], O(("textDocument", textDocument), ("options", O(("tabSize", 4), ("insertSpaces", true))))));
                    break;
                case 4:
                    Send(random.Next(2) == 0
                        ? Request("textDocument/inlayHint", O(("textDocument", textDocument), ("range", range)))
                        : Request("textDocument/codeAction", O(("textDocument", textDocument), ("range", range), ("context", O(("diagnostics", Array.Empty<object?>()))))));
                    break;
                default:
                    // A day that is not a date is refused with InvalidParams, so that request may get an error.
                    if (random.Next(4) == 0)
                        Send(random.Next(3) switch
                        {
                            0 => Request("negotiationdsl/commitments", O()),
                            1 => Request("negotiationdsl/commitments", O(("asOf", "2022-01-26"))),
                            _ => Request("negotiationdsl/commitments", O(("asOf", Snippet())), "any-" + _nextId++),
                        });
                    else Send(Request("workspace/symbol", O(("query", random.Next(2) == 0 ? "" : Snippet()))));
                    break;
            }
        }

        /// <summary>Messages no well-behaved client sends. Requests among them get integer ids: any answer will do, but one must come.</summary>
        private void Junk()
        {
            var id = _nextId++;
            var hover = O(("textDocument", O(("uri", OpenOrAnyUri()))), ("position", O(("line", 0), ("character", 0))));
            switch (random.Next(14))
            {
                case 0:
                    var whole = Write(O(("jsonrpc", "2.0"), ("id", id), ("method", "textDocument/hover"), ("params", hover)));
                    SendRaw(System.Text.Encoding.UTF8.GetBytes(whole[..random.Next(whole.Length)]));
                    break;
                case 1:
                    var bytes = new byte[random.Next(64)];
                    random.NextBytes(bytes);
                    SendRaw(bytes);
                    break;
                case 2:
                    Send(new Raw(NotRequests[random.Next(NotRequests.Length)]));
                    break;
                case 3:
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "textDocument/hover"), ("params", new[] { (object?)42, "x", true }[random.Next(3)])));
                    break;
                case 4:
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "textDocument/hover"), ("params", WrongShape())));
                    break;
                case 5:
                    LoneSurrogate(id, hover);
                    break;
                case 6:
                    var oddId = new object?[] { new Raw("1.5"), new Raw("1e400"), new Raw("99999999999999999999"), true, O(), Array.Empty<object?>(), "\ud800", new string('i', 10_000) + id }[random.Next(8)];
                    Send(O(("jsonrpc", "2.0"), ("id", oddId), ("method", "workspace/symbol"), ("params", O(("query", "")))));
                    break;
                case 7:
                    Send(random.Next(2) == 0
                        ? O(("jsonrpc", "2.0"), ("id", id), ("method", "negc/noSuchMethod"), ("params", O()))
                        : O(("jsonrpc", "2.0"), ("method", UnknownNotifications[random.Next(UnknownNotifications.Length)]), ("params", O(("value", "x")))));
                    break;
                case 8:
                    var cancelled = _recentIds.Count > 0 && random.Next(3) > 0 ? _recentIds[random.Next(_recentIds.Count)] : (object)random.Next(1000);
                    Send(Notification("$/cancelRequest", O(("id", cancelled))));
                    break;
                case 9:
                    Send(random.Next(2) == 0
                        ? O(("jsonrpc", "2.0"), ("id", random.Next(100)), ("result", O(("x", 1))))
                        : O(("jsonrpc", "2.0"), ("id", "x" + random.Next(100)), ("error", O(("code", -32601), ("message", "no")))));
                    break;
                case 10:
                    var depth = random.Next(30, 200);
                    Send(new Raw($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"workspace/symbol\",\"params\":{{\"query\":\"\",\"x\":{new string('[', depth)}{new string(']', depth)}}}}}"));
                    break;
                case 11:
                    Send(Notification(random.Next(2) == 0 ? "textDocument/didChange" : "textDocument/didOpen", WrongSyncShape()));
                    break;
                case 12:
                    var line = NotInt32[random.Next(NotInt32.Length)];
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "textDocument/hover"), ("params", O(("textDocument", O(("uri", OpenOrAnyUri()))), ("position", O(("line", new Raw(line)), ("character", 0)))))));
                    break;
                default:
                    // jsonrpc missing or wrong: the server does not insist on it.
                    Send(O(("jsonrpc", random.Next(2) == 0 ? "1.0" : null), ("id", id), ("method", "workspace/symbol"), ("params", O(("query", "")))));
                    break;
            }
        }

        private Obj WrongShape() => random.Next(4) switch
        {
            0 => O(("textDocument", 42)),
            1 => O(("textDocument", O(("uri", OpenOrAnyUri()))), ("position", O(("line", "a"), ("character", 0)))),
            2 => O(("textDocument", O(("uri", 42))), ("position", O(("line", 0), ("character", 0)))),
            _ => O(("textDocument", Array.Empty<object?>()), ("position", null)),
        };

        /// <summary>Parameters of the wrong kind: System.Text.Json refuses them, so the server drops the notification whole.</summary>
        private Obj WrongSyncShape()
        {
            var uri = OpenOrAnyUri();
            return random.Next(6) switch
            {
                0 => O(("textDocument", 42)),
                1 => O(("textDocument", O(("uri", uri), ("version", "3"))), ("contentChanges", Array.Empty<object?>())),
                2 => O(("textDocument", O(("uri", uri), ("version", 3))), ("contentChanges", "x")),
                3 => O(("textDocument", O(("uri", uri), ("version", 3))), ("contentChanges", new object?[] { 42 })),
                4 => O(("textDocument", O(("uri", uri), ("version", new Raw("1.5")))), ("contentChanges", new object?[] { O(("text", "x")) })),
                _ => O(("textDocument", O(("uri", uri), ("version", 3))), ("contentChanges", new object?[] { O(("range", O(("start", "x"), ("end", 0))), ("text", "x")) })),
            };
        }

        /// <summary>A lone surrogate in one part of an otherwise ordinary request.</summary>
        private void LoneSurrogate(int id, Obj hover)
        {
            var lone = random.Next(2) == 0 ? "\ud800" : "\udfff";
            switch (random.Next(5))
            {
                case 0:
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "textDocument/hover" + lone), ("params", hover)));
                    break;
                case 1:
                    Send(O(("jsonrpc", "2.0" + lone), ("id", id), ("method", "textDocument/hover"), ("params", hover)));
                    break;
                case 2:
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "workspace/symbol"), ("params", O(("query", ""), ("k" + lone, O((lone, new object?[] { lone })))))));
                    break;
                case 3:
                    Send(O(("jsonrpc", "2.0"), ("id", "id" + lone), ("method", "workspace/symbol"), ("params", O(("query", "")))));
                    break;
                default:
                    Send(O(("jsonrpc", "2.0"), ("id", id), ("method", "workspace/symbol"), ("params", O(("query", lone + "x" + lone)))));
                    break;
            }
        }

        private string AnyUri() => Uris[random.Next(Uris.Length)];

        private string OpenOrAnyUri() => _model.Open.Count > 0 && random.Next(5) > 0 ? _model.Open.Keys.ElementAt(random.Next(_model.Open.Count)) : AnyUri();

        /// <summary>A whole document: an input of the text campaign, now and then empty or several of them (past the fuzzing size limit).</summary>
        private string DocumentText() => random.Next(40) switch
        {
            0 => "",
            1 => string.Concat(Enumerable.Range(0, 6).Select(_ => InputText())),
            _ => InputText(),
        };

        private string InputText()
        {
            var input = inputs.MakeFile(random.NextInt64(long.MaxValue));
            return input.Text ?? SourceText.From(input.Bytes!).Text;
        }

        /// <summary>Text to insert: nothing, a line break of any kind, a lone surrogate, a token, a piece of an input, a whole program, a large block.</summary>
        private string Snippet()
        {
            switch (random.Next(20))
            {
                case < 5:
                    return "";
                case < 11:
                    return Snippets[random.Next(Snippets.Length)];
                case < 13:
                    return TokenMutator.Word(random);
                case < 18:
                    var input = InputText();
                    var start = random.Next(input.Length + 1);
                    return input.Substring(start, Math.Min(input.Length - start, random.Next(random.Next(10) == 0 ? 5000 : 200)));
                case 18:
                    return InputText();
                default:
                    return string.Concat(Enumerable.Repeat(Snippets[random.Next(Snippets.Length)] + TokenMutator.Word(random), random.Next(100, 20_000)));
            }
        }

        private Obj Request(string method, object? parameters, string? id = null)
        {
            id ??= WellFormedIdPrefix + _nextId++;
            _recentIds.Add(id);
            return parameters is null
                ? O(("jsonrpc", "2.0"), ("id", id), ("method", method))
                : O(("jsonrpc", "2.0"), ("id", id), ("method", method), ("params", parameters));
        }

        private static Obj Notification(string method, object? parameters) =>
            parameters is null ? O(("jsonrpc", "2.0"), ("method", method)) : O(("jsonrpc", "2.0"), ("method", method), ("params", parameters));

        private void Send(object message) => SendRaw(Bytes(message));

        private void SendRaw(byte[] body)
        {
            _bodies.Add(body);
            _model.Interpret(body);
        }
    }
}
