using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using Nerdbank.Streams;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// Runs one sequence against the language server, in this process but through its real transport (framing,
/// envelope check, lifecycle gate, output queue) over a pair of in-memory pipes, and checks what must hold for
/// any sequence:
/// <list type="bullet">
/// <item>every request is answered within the time limit, as <see cref="ClientModel"/> says: a result for a
/// well-formed request (or RequestCancelled, or RequestFailed), the lifecycle's errors before <c>initialize</c> and
/// after <c>shutdown</c>, and never InternalError;</item>
/// <item>at every checkpoint the server's open documents are the client's, text and version;</item>
/// <item>at the end, every open document's newest diagnostics arrive, for its current version, within it and at
/// most the limit of them (only NEG1010 when it is over the size limit), and a closed one's last list is empty;</item>
/// <item>the server stops with the exit code the lifecycle gives, within the time limit, and its log holds no
/// stack trace, no failed handler and no broken connection.</item>
/// </list>
/// </summary>
internal static class LspSession
{
    /// <summary>Small bounds, so that sequences reach them often: documents over 128 KB, more than 100 diagnostics, answers nobody reads.</summary>
    public static readonly LanguageServerLimits Limits = new(DocumentBytes: 128 * 1024, DiagnosticsPerDocument: 100, PendingOutputBytes: 4 * 1024 * 1024);

    private static readonly Regex StackTrace = new(@"^\s+at \S+\(|Unhandled exception", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static async Task<LspOutcome> RunAsync(IReadOnlyList<byte[]> bodies, TimeSpan timeLimit)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        using var server = new LanguageServerConnection(serverStream, serverStream, TextWriter.Synchronized(log), Limits);
        var run = Task.Run(server.RunAsync);
        await using var client = new LspClient(clientStream);
        var check = new Checks(server, client, timeLimit);
        var model = new ClientModel();
        var pipelined = new List<Expectation>();
        var sentIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var body in bodies)
        {
            var expectation = model.Interpret(body);
            if (PauseOf(body) is { } pause) client.PauseReading(pause);
            await client.SendAsync(body);
            sent++;
            if (expectation.Id is { } id)
            {
                sentIds[id] = sentIds.GetValueOrDefault(id) + 1;
                if (id.StartsWith("\"" + SequenceGenerator.CheckpointIdPrefix, StringComparison.Ordinal))
                {
                    foreach (var earlier in pipelined) await check.AnswerAsync(earlier, sentIds);
                    pipelined.Clear();
                    await check.AnswerAsync(expectation, sentIds);
                    if (!check.Hung) check.Documents(model);
                    if (!check.Hung && id == "\"" + SequenceGenerator.FinalCheckpointId + "\"") await check.DiagnosticsAsync(model);
                }
                else if ((id.GetHashCode(StringComparison.Ordinal) & 3) == 0)
                {
                    // Sent on without waiting, as editors do; its answer is checked at the next checkpoint.
                    pipelined.Add(expectation);
                }
                else
                {
                    await check.AnswerAsync(expectation, sentIds);
                }
            }

            if (model.Exited || check.Hung) break;
        }

        foreach (var earlier in pipelined)
        {
            if (!check.Hung) await check.AnswerAsync(earlier, sentIds);
        }

        if (!model.Exited) client.EndInput();
        await check.StopAsync(run, model.ExitCode);
        check.Log(log.ToString());
        return new LspOutcome(sent, check.Violations, check.Hung);
    }

    /// <summary>The pause a <see cref="SequenceGenerator.PauseMethod"/> notification asks for.</summary>
    private static TimeSpan? PauseOf(byte[] body)
    {
        if (ModelJson.Parse(body, out _) is not Dictionary<string, object?> message || message.GetValueOrDefault("method") as string != SequenceGenerator.PauseMethod) return null;
        var milliseconds = ((message.GetValueOrDefault("params") as Dictionary<string, object?>)?.GetValueOrDefault("milliseconds") as ModelJson.Number)?.AsInt32;
        return milliseconds is { } ms ? TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 1000)) : null;
    }

    /// <summary>The rules, with what broke them.</summary>
    private sealed class Checks(LanguageServerConnection server, LspClient client, TimeSpan timeLimit)
    {
        public List<string> Violations { get; } = [];

        /// <summary>Something did not answer in time: the rest of the sequence is not sent.</summary>
        public bool Hung { get; private set; }

        /// <param name="sent">How many requests went with each id: a client may send an id twice, and then gets two answers.</param>
        public async Task AnswerAsync(Expectation expected, IReadOnlyDictionary<string, int> sent)
        {
            var answer = await client.AnswerAsync(expected.Id!, timeLimit);
            if (answer is not { } message)
            {
                Hung = true;
                Violations.Add($"no answer to {expected.Method} (id {Show(expected.Id!)}) within {timeLimit.TotalSeconds:0} s");
                return;
            }

            if (client.AnswerCount(expected.Id!) > sent.GetValueOrDefault(expected.Id!)) Violations.Add($"{expected.Method} (id {Show(expected.Id!)}) was answered more than once");
            int? code = message.TryGetProperty("error", out var error) ? error.GetProperty("code").GetInt32() : null;
            var what = code is null ? "a result" : $"error {code}: {error.GetProperty("message").GetString()}";
            var wrong = expected.Answer switch
            {
                ExpectedAnswer.Result => code is not (null or -32800 or -32803),
                ExpectedAnswer.Error => code != expected.ErrorCode,
                _ => code == -32603,
            };
            if (wrong) Violations.Add($"{expected.Method} (id {Show(expected.Id!)}) got {what}, expected {Describe(expected)}");
        }

        /// <summary>The server's open documents are the client's, with the same text and version.</summary>
        public void Documents(ClientModel model)
        {
            var held = new Dictionary<string, Document>(StringComparer.Ordinal);
            foreach (var folder in server.Workspace.FolderKeys)
            {
                foreach (var document in server.Workspace.GetFolder(folder).Documents.Where(document => document.IsOpen)) held[document.Uri] = document;
            }

            foreach (var (uri, expected) in model.Open)
            {
                if (!held.Remove(uri, out var document)) Violations.Add($"the server does not hold {Show(uri)}, which the client has open");
                else if (document.Text.Text != expected.Text) Violations.Add($"the server's copy of {Show(uri)} differs from the client's from offset {FirstDifference(document.Text.Text, expected.Text)} (server {document.Text.Length} units, client {expected.Text.Length})");
                else if (document.Version != expected.Version) Violations.Add($"the server holds version {document.Version} of {Show(uri)}, the client {expected.Version}");
            }

            foreach (var uri in held.Keys) Violations.Add($"the server holds {Show(uri)} open, which the client closed or never opened");
        }

        /// <summary>
        /// Every open document's diagnostics arrive for its current version and fit its text; a closed document's last
        /// list is empty. They may take a folder's whole compilation, and other sequences compile beside it: they get
        /// twice the limit of an answer (a campaign on a loaded machine once saw 10 s pass).
        /// </summary>
        public async Task DiagnosticsAsync(ClientModel model)
        {
            var limit = 2 * timeLimit;
            var deadline = DateTime.UtcNow + limit;
            foreach (var (uri, document) in model.Open)
            {
                var published = await client.PublicationAsync(uri, p => p.Version == document.Version, deadline);
                if (published is null)
                {
                    Violations.Add($"no diagnostics of version {document.Version} of {Show(uri)} within {limit.TotalSeconds:0} s (last: {(client.LastPublication(uri) is { } last ? last.Version?.ToString(CultureInfo.InvariantCulture) ?? "no version" : "none")})");
                    continue;
                }

                if (document.VersionIsNew) Violations.AddRange(PublicationViolations(uri, document.Text, published));
            }

            foreach (var uri in model.Closed)
            {
                if (await client.PublicationAsync(uri, p => p.Diagnostics.Count == 0, deadline, absentIsFine: true) is null)
                    Violations.Add($"{Show(uri)} was closed, but its last diagnostics are not an empty list");
            }
        }

        private static IEnumerable<string> PublicationViolations(string uri, string text, Publication published)
        {
            var lines = LspText.LineLengths(text);
            if (published.Diagnostics.Count > Limits.DiagnosticsPerDocument) yield return $"{published.Diagnostics.Count} diagnostics for {Show(uri)}, more than the {Limits.DiagnosticsPerDocument} allowed";
            var tooLarge = Encoding.UTF8.GetByteCount(text) > Limits.DocumentBytes;
            if (tooLarge != published.Diagnostics is [{ Code: "NEG1010" }]) yield return $"{Show(uri)} is {Encoding.UTF8.GetByteCount(text)} bytes, but its diagnostics are [{string.Join(", ", published.Diagnostics.Take(3).Select(d => d.Code))}]";
            foreach (var diagnostic in published.Diagnostics)
            {
                var (start, end) = diagnostic.Range;
                if (!Fits(start, lines) || !Fits(end, lines) || (end.Line, end.Character).CompareTo((start.Line, start.Character)) < 0)
                {
                    yield return $"{diagnostic.Code} of {Show(uri)} at {start.Line}:{start.Character}-{end.Line}:{end.Character} is not a range of the document ({lines.Length} lines)";
                    yield break;
                }
            }
        }

        private static bool Fits(LspText.Position position, int[] lineLengths) =>
            position.Line >= 0 && position.Line < lineLengths.Length && position.Character >= 0 && position.Character <= lineLengths[position.Line];

        public async Task StopAsync(Task<int> run, int expectedExitCode)
        {
            try
            {
                var exitCode = await run.WaitAsync(timeLimit);
                if (exitCode != expectedExitCode) Violations.Add($"the server exited with {exitCode}, expected {expectedExitCode}");
            }
            catch (TimeoutException)
            {
                Hung = true;
                Violations.Add($"the server did not stop within {timeLimit.TotalSeconds:0} s");
            }
        }

        public void Log(string log)
        {
            if (StackTrace.IsMatch(log)) Violations.Add("a stack trace in the log: " + log);
            foreach (var line in log.Split('\n'))
            {
                if (line.Contains(" failed: ", StringComparison.Ordinal)) Violations.Add("a handler failed: " + line.Trim());
                if (line.Contains("the connection ended (", StringComparison.Ordinal) && !line.Contains("(RemotePartyTerminated)", StringComparison.Ordinal))
                    Violations.Add("the connection broke: " + line.Trim());
            }
        }

        private static string Describe(Expectation expected) => expected.Answer switch
        {
            ExpectedAnswer.Result => "a result",
            ExpectedAnswer.Error => $"error {expected.ErrorCode}",
            _ => "any answer but an internal error",
        };

        private static int FirstDifference(string a, string b)
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            return i;
        }

        /// <summary>A URI or an id for a finding's text, in quotes (left out of the signature) and at most 60 characters.</summary>
        private static string Show(string text) => "'" + (text.Length <= 60 ? text : text[..60] + "…") + "'";
    }
}

/// <summary>How one sequence went: how many messages were sent, and the rules it broke.</summary>
internal sealed record LspOutcome(int Messages, IReadOnlyList<string> Violations, bool Hung);
