using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The input of a <see cref="ComplexityCommand.LanguageServer"/> case: messages for <c>negc lsp</c>, framed as on the
/// wire, in the case's <see cref="FileName"/>. The last is a request with id <see cref="LastRequestId"/>: once it is
/// answered, the server has handled every message before it, and only then are <c>shutdown</c> and <c>exit</c> sent
/// (sent at once, they could end the server before the work measured was done).
/// </summary>
internal static class LanguageServerSession
{
    public const string FileName = "session.lsp";
    public const int LastRequestId = 1000;

    public static void Write(string folder, params object[] messages)
    {
        using var session = File.Create(Path.Combine(folder, FileName));
        foreach (var message in messages) Frame(session, message);
    }

    /// <summary>Sends the session, waits for the answer to its last request while reading what the server writes, then ends the server.</summary>
    public static async Task RunAsync(string session, Stream input, Stream output)
    {
        try
        {
            await using (var file = File.OpenRead(session)) await file.CopyToAsync(input);
            await input.FlushAsync();
            await WaitForAnswerAsync(output);
            Frame(input, new { jsonrpc = "2.0", id = LastRequestId + 1, method = "shutdown" });
            Frame(input, new { jsonrpc = "2.0", method = "exit" });
            await input.DisposeAsync();
        }
        catch (IOException)
        {
            // The server ended early: its exit code tells.
        }

        await output.CopyToAsync(Stream.Null);
    }

    private static async Task WaitForAnswerAsync(Stream output)
    {
        var marker = Encoding.ASCII.GetBytes($"\"id\":{LastRequestId}");
        var buffer = new byte[64 * 1024];
        var kept = 0; // the end of the last read, which may hold the start of the marker
        while (true)
        {
            var read = await output.ReadAsync(buffer.AsMemory(kept));
            if (read == 0) return;
            var seen = buffer.AsSpan(0, kept + read);
            if (seen.IndexOf(marker) >= 0) return;
            kept = Math.Min(marker.Length - 1, seen.Length);
            seen[^kept..].CopyTo(buffer);
        }
    }

    private static void Frame(Stream stream, object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        stream.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        stream.Write(body);
        stream.Flush();
    }
}
