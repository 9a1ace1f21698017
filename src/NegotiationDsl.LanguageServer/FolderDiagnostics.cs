using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NegotiationDsl.LanguageServer.Protocol;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// A compilation's diagnostics as LSP diagnostics, grouped by file. Kept per compilation (weakly), so a
/// folder published again without a change, or a folder whose compilation an edit elsewhere did not
/// touch, is not converted twice. A file gets at most <see cref="LanguageServerLimits.DiagnosticsPerDocument"/>
/// entries: an editor shows no more, and a broken file can have one per character. The most severe come
/// first, and the last entry (NEG9027) says how many more there are.
/// </summary>
internal sealed class FolderDiagnostics(int perDocument)
{
    private static readonly IReadOnlyDictionary<string, LspDiagnostic[]> None = new Dictionary<string, LspDiagnostic[]>(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<Compilation, Dictionary<string, LspDiagnostic[]>> _byCompilation = new();

    public IReadOnlyDictionary<string, LspDiagnostic[]> Get(Compilation? compilation)
    {
        if (compilation is null) return None;
        return _byCompilation.GetValue(compilation, Convert);
    }

    private Dictionary<string, LspDiagnostic[]> Convert(Compilation compilation)
    {
        // GetDiagnostics is ordered by file, so each file's diagnostics are one run.
        var byPath = new Dictionary<string, LspDiagnostic[]>(StringComparer.Ordinal);
        var run = new List<Diagnostic>();
        string? path = null;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (path is not null && !string.Equals(path, diagnostic.Location.FilePath, StringComparison.Ordinal))
            {
                byPath[path] = ToLsp(run);
                run.Clear();
            }

            path = diagnostic.Location.FilePath;
            if (diagnostic.Severity != DiagnosticSeverity.Hidden) run.Add(diagnostic);
        }

        if (path is not null) byPath[path] = ToLsp(run);
        return byPath;
    }

    /// <summary>The run as it is when it fits; else its most severe diagnostics (in text order within a severity) and NEG9027 where the first one left out is.</summary>
    private LspDiagnostic[] ToLsp(List<Diagnostic> run)
    {
        if (run.Count <= perDocument) return run.Select(DiagnosticConverter.ToLsp).OfType<LspDiagnostic>().ToArray();
        var bySeverity = run.OrderByDescending(diagnostic => diagnostic.Severity).ToList();
        var shown = bySeverity.Take(perDocument - 1).Select(DiagnosticConverter.ToLsp).OfType<LspDiagnostic>();
        var notShown = DiagnosticCatalog.DiagnosticsNotShown(bySeverity[perDocument - 1].Location, run.Count - (perDocument - 1));
        return shown.Append(DiagnosticConverter.ToLsp(notShown)!).ToArray();
    }
}
