using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NegotiationDsl.Cli.LanguageServer.Protocol;

namespace NegotiationDsl.Cli.LanguageServer;

/// <summary>
/// A compilation's diagnostics as LSP diagnostics, grouped by file. Kept per compilation (weakly), so a
/// folder published again without a change, or a folder whose compilation an edit elsewhere did not
/// touch, is not converted twice.
/// </summary>
internal sealed class FolderDiagnostics
{
    private static readonly IReadOnlyDictionary<string, LspDiagnostic[]> None = new Dictionary<string, LspDiagnostic[]>(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<Compilation, Dictionary<string, LspDiagnostic[]>> _byCompilation = new();

    public IReadOnlyDictionary<string, LspDiagnostic[]> Get(Compilation? compilation)
    {
        if (compilation is null) return None;
        return _byCompilation.GetValue(compilation, Convert);
    }

    private static Dictionary<string, LspDiagnostic[]> Convert(Compilation compilation)
    {
        // GetDiagnostics is ordered by file, so each file's diagnostics are one run.
        var byPath = new Dictionary<string, LspDiagnostic[]>(StringComparer.Ordinal);
        var run = new List<LspDiagnostic>();
        string? path = null;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (path is not null && !string.Equals(path, diagnostic.Location.FilePath, StringComparison.Ordinal))
            {
                byPath[path] = run.ToArray();
                run.Clear();
            }

            path = diagnostic.Location.FilePath;
            if (DiagnosticConverter.ToLsp(diagnostic) is { } converted) run.Add(converted);
        }

        if (path is not null) byPath[path] = run.ToArray();
        return byPath;
    }
}
