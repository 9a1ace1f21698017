using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Emit;

namespace NegotiationDsl.Cli.Output;

/// <summary>
/// The names the outputs of a run are written under: one table for all its compilations (<see cref="CompilationNames.Assign"/>),
/// each named after its file for one file, else its folder; compilations are in folder order.
/// </summary>
internal static class OutputNames
{
    public static IReadOnlyList<GeneratedNames> For(IEnumerable<Compilation> compilations) =>
        CompilationNames.Assign(compilations.Select(compilation => CompilationNames.For(compilation.Records.Select(record => record.FilePath).ToList())).ToList());
}
