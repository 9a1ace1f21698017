using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl;

/// <summary>
/// Options of a compilation: per-file severities for diagnostic codes (from the nearest negconfig.json,
/// read by the host). Syntax diagnostics (NEG1xxx) always stay errors: a broken tree cannot be waved away.
/// </summary>
public sealed class CompilationOptions
{
    public static readonly CompilationOptions Default = new(ImmutableDictionary<string, ImmutableDictionary<string, ReportDiagnostic>>.Empty);

    private CompilationOptions(ImmutableDictionary<string, ImmutableDictionary<string, ReportDiagnostic>> severities) => Severities = severities;

    /// <summary>Keyed by <see cref="Syntax.SyntaxTree.FilePath"/>, then by code.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, ReportDiagnostic>> Severities { get; }

    public CompilationOptions WithSeverities(string filePath, IReadOnlyDictionary<string, ReportDiagnostic> severities) =>
        new(Severities.SetItem(filePath, ImmutableDictionary.CreateRange(StringComparer.Ordinal, severities)));

    /// <summary>The diagnostic as configured for its file, or null when it is suppressed.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (IsSyntax(diagnostic.Code)) return diagnostic;
        if (!Severities.TryGetValue(diagnostic.Location.FilePath, out var map) || !map.TryGetValue(diagnostic.Code, out var report))
            return diagnostic;
        return report switch
        {
            ReportDiagnostic.Error => diagnostic.WithSeverity(DiagnosticSeverity.Error),
            ReportDiagnostic.Warning => diagnostic.WithSeverity(DiagnosticSeverity.Warning),
            ReportDiagnostic.Info => diagnostic.WithSeverity(DiagnosticSeverity.Info),
            ReportDiagnostic.Hidden => diagnostic.WithSeverity(DiagnosticSeverity.Hidden),
            _ => null,
        };
    }

    internal static bool IsSyntax(string code) => code.StartsWith("NEG1", StringComparison.Ordinal);
}
