using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using NegotiationDsl.LanguageServer.Transport;

namespace NegotiationDsl.Fuzz.LanguageServer;

/// <summary>
/// A sequence as a file: the framed messages exactly as the client writes them to the server's input, so that a
/// finding can also be piped into <c>negc lsp</c> itself. Everything the fuzzing client does besides sending
/// (checkpoints, pauses) is read back from the messages.
/// </summary>
internal static class Transcript
{
    public const string Extension = ".lsp";

    public static byte[] Write(IEnumerable<byte[]> bodies)
    {
        var file = new MemoryStream();
        foreach (var body in bodies)
        {
            file.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            file.Write(body);
        }

        return file.ToArray();
    }

    public static IReadOnlyList<byte[]> Read(byte[] file)
    {
        var frames = new LspFrameReader(new MemoryStream(file), int.MaxValue);
        var bodies = new List<byte[]>();
        while (frames.ReadAsync(CancellationToken.None).GetAwaiter().GetResult() is { } body) bodies.Add(body);
        return bodies;
    }
}
