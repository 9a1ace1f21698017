using System;
using System.Diagnostics;
using NegotiationDsl.LanguageServer;
using NegotiationDsl.LanguageServer.Protocol;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// One language server with R5's file open, typed into by its own <see cref="KeystrokeScript"/>: each keystroke is
/// timed in the client from sending <c>didChange</c> until the <c>publishDiagnostics</c> of that version arrives.
/// </summary>
internal sealed class KeystrokeSession
{
    private readonly LanguageServerClient _client;
    private readonly KeystrokeScript _script;
    private readonly string _uri;
    private int _version = 1;

    /// <summary>Opens <paramref name="path"/> with <paramref name="text"/> and waits for its first diagnostics, which must hold no error.</summary>
    public KeystrokeSession(LanguageServerClient client, string path, string text, int places)
    {
        _client = client;
        _uri = DocumentUris.FromPath(path);
        var opened = client.Expect(_uri, 1);
        client.Open(_uri, text);
        var first = client.Await(opened, _uri, 1);
        if (Array.Exists(first.Diagnostics, diagnostic => diagnostic.Severity == LspDiagnosticSeverity.Error))
            throw new InvalidOperationException("the server reports errors in the generated file");
        _script = new KeystrokeScript(text, places);
    }

    /// <summary>
    /// One edit, in milliseconds. This process collects its garbage first, so that its own collector does not run
    /// while the edit is timed; a server in another process collects as it would for an editor.
    /// </summary>
    public double Keystroke()
    {
        var change = _script.Next(fullText: _client.ChangeKind == 1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var published = _client.Expect(_uri, ++_version);
        _client.Change(_uri, _version, change);
        _client.Await(published, _uri, _version);
        return watch.Elapsed.TotalMilliseconds;
    }
}
