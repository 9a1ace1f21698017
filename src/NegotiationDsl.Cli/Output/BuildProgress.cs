using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Hosting.Input;

namespace NegotiationDsl.Cli.Output;

/// <summary>The steps <c>negc build</c> and <c>negc report</c> show on a terminal while they work (<see cref="CliConsole.Progress"/>).</summary>
internal static class BuildProgress
{
    /// <summary>Every compilation's diagnostics, in the order of the compilations, showing which one is being checked.</summary>
    public static List<Diagnostic> Check(CompilationSet set, CliConsole console)
    {
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < set.Compilations.Length; i++)
        {
            console.Progress("negc: checking " + Step(i, set.Compilations.Length));
            diagnostics.AddRange(set.Compilations[i].GetDiagnostics());
        }

        return diagnostics;
    }

    /// <summary>"3/12": the step at <paramref name="index"/> (from 0) of <paramref name="count"/>.</summary>
    public static string Step(int index, int count) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}/{count}");
}
