using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Transport;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.LanguageServer;

/// <summary>
/// A client that stays alive but does not read what the server writes (tests/lsp-e2e/robustness.test.mjs drives
/// the same over real stdio). The in-memory pipe holds 64 KB, then the server's writes wait, as on a real pipe.
/// </summary>
public sealed class SlowClientTests
{
    private const string Uri = "untitled:slow.neg";

    [Fact]
    public async Task While_the_client_does_not_read_only_the_newest_diagnostics_of_a_document_wait_and_exit_still_stops_the_server()
    {
        var log = new StringWriter();
        var synchronized = TextWriter.Synchronized(log);
        await using var server = RawLspConnection.Start(log: synchronized);
        await server.InitializeAsync();
        // Three hundred errors: each publication is tens of kilobytes, so the pipe is full after the first.
        var text = string.Concat(Enumerable.Repeat("@\n", 300));
        await server.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "neg", version = 1, text } } });
        await WaitUntilAsync(() => Publications(log, synchronized) >= 1);
        // Each edit waits for its own publication (the server logs it once it is queued), so that every one of them is
        // made however slow the machine: edits sent in a burst coalesce into as few publications as the load allows.
        const int Edits = 40;
        for (var version = 2; version <= Edits; version++)
        {
            await server.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text = text + version } } } });
            var published = version;
            await WaitUntilAsync(() => Publications(log, synchronized) >= published);
        }

        // One publication waits and one is being written; without replacement all of them would (about 2 MB).
        Assert.InRange(server.Server.PendingOutputBytes, 1, 400_000);
        await server.SendAsync(new { jsonrpc = "2.0", id = 99, method = "shutdown" });
        await server.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        Assert.Equal(0, await server.Run.WaitAsync(HangGuard.Time));
    }

    [Fact]
    public async Task A_client_that_sends_requests_without_reading_the_answers_is_let_go_once_they_exceed_the_limit()
    {
        var log = new StringWriter();
        await using var server = RawLspConnection.Start(LanguageServerLimits.Default with { PendingOutputBytes = 16 * 1024 }, TextWriter.Synchronized(log));
        await server.InitializeAsync();

        for (var id = 1; id <= 4000 && !server.Run.IsCompleted; id++)
        {
            await server.SendAsync(new { jsonrpc = "2.0", id, method = "workspace/symbol", @params = new { query = "" } });
        }

        Assert.Equal(1, await server.Run.WaitAsync(HangGuard.Time));
        Assert.Contains("the client has not read the server's answers", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_publications_are_replaced_by_the_newest_for_their_document_and_answers_keep_their_order()
    {
        var written = new MemoryStream();
        var outgoing = new OutgoingMessages(written, maxAnswerBytes: 1000, _ => { });
        outgoing.Enqueue(Bytes("a1"), "a");
        outgoing.Enqueue(Bytes("answer 1"), null);
        outgoing.Enqueue(Bytes("b1"), "b");
        outgoing.Enqueue(Bytes("a2"), "a");
        outgoing.Enqueue(Bytes("answer 2"), null);
        outgoing.Enqueue(Bytes("a3 is longer"), "a");
        Assert.Equal("a3 is longer".Length + "answer 1".Length + "b1".Length + "answer 2".Length, outgoing.PendingBytes);

        using var stop = new CancellationTokenSource();
        var writer = outgoing.RunAsync(stop.Token);
        await outgoing.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(
            "Content-Length: 12\r\n\r\na3 is longerContent-Length: 8\r\n\r\nanswer 1Content-Length: 2\r\n\r\nb1Content-Length: 8\r\n\r\nanswer 2",
            Encoding.ASCII.GetString(written.ToArray()));
        Assert.Equal(0, outgoing.PendingBytes);
    }

    [Fact]
    public void Answers_beyond_the_limit_let_the_client_go_once_and_are_not_kept()
    {
        var reasons = new List<string>();
        var outgoing = new OutgoingMessages(Stream.Null, maxAnswerBytes: 10, reasons.Add);

        outgoing.Enqueue(Bytes("123456"), null);
        outgoing.Enqueue(Bytes("123456"), null);
        outgoing.Enqueue(Bytes("123456"), null);

        Assert.Single(reasons);
        Assert.Equal(6, outgoing.PendingBytes);
    }

    [Fact]
    public async Task The_log_never_waits_for_a_reader_and_says_how_much_it_dropped()
    {
        using var release = new ManualResetEventSlim();
        var target = new BlockingWriter(release);
        using var log = new LogQueue(target);

        var writing = Task.Run(() =>
        {
            for (var i = 0; i < 5000; i++) log.WriteLine($"line {i}");
        });
        await writing.WaitAsync(TimeSpan.FromSeconds(10));
        release.Set();
        log.Complete();
        await log.Writing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("line 0", target.Text, StringComparison.Ordinal);
        Assert.Matches("negc lsp: [0-9]+ log messages were dropped: the log was not read", target.Text);
    }

    [Fact]
    public async Task A_log_whose_reader_is_gone_is_dropped_without_an_exception()
    {
        using var log = new LogQueue(new BrokenWriter());

        log.WriteLine("one");
        log.WriteLine("two");
        log.Complete();

        await log.Writing.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>How many times the server has logged publishing a folder's diagnostics (after queueing them).</summary>
    private static int Publications(StringWriter log, TextWriter synchronized)
    {
        string text;
        // A synchronized writer locks itself for each write.
        lock (synchronized) text = log.ToString();
        var count = 0;
        for (var at = text.IndexOf("published diagnostics of 1 file(s)", StringComparison.Ordinal); at >= 0; at = text.IndexOf("published diagnostics of 1 file(s)", at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + HangGuard.Time;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }

    /// <summary>A log reader that does not read until released: each write waits.</summary>
    private sealed class BlockingWriter(ManualResetEventSlim release) : TextWriter
    {
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_text) return _text.ToString();
            }
        }

        public override void Write(string? value)
        {
            release.Wait();
            lock (_text) _text.Append(value);
        }
    }

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value) => throw new IOException("Broken pipe");
    }
}
