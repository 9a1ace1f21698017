using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NegotiationDsl.Emit;

namespace NegotiationDsl.Cli.Input;

/// <summary>
/// The names outputs of a run are written under: each compilation's name (<see cref="CompilationNames.For"/>:
/// the file's name for one file, else the folder's), made unique within the run (a later compilation whose
/// name is taken gets <c>-2</c>, <c>-3</c>, ...; compilations are in folder order).
/// </summary>
internal static class OutputNames
{
    public static IReadOnlyList<string> Unique(IEnumerable<Compilation> compilations)
    {
        var taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var compilation in compilations)
        {
            var name = CompilationNames.For(compilation.SyntaxTrees.Select(tree => tree.FilePath).ToList());
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++) unique = name + "-" + n.ToString(CultureInfo.InvariantCulture);
            names.Add(unique);
        }

        return names;
    }
}
