using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NegotiationDsl.Cli.Input;

/// <summary>
/// What outputs of a compilation are named after: the file's name (without <c>.neg</c>) for a compilation of
/// one file, else its folder's name (<c>examples/</c> gives <c>examples</c>). Names are unique within a run:
/// a later compilation whose name is taken gets <c>-2</c>, <c>-3</c>, ... (compilations are in folder order).
/// </summary>
internal static class CompilationNames
{
    public static string Of(Compilation compilation)
    {
        var paths = compilation.SyntaxTrees.Select(tree => Path.GetFullPath(tree.FilePath)).ToList();
        if (paths.Count == 1) return Path.GetFileNameWithoutExtension(paths[0]);
        var folder = paths.Count == 0 ? null : Path.GetFileName(Path.GetDirectoryName(paths[0]));
        return string.IsNullOrEmpty(folder) ? "records" : folder;
    }

    public static IReadOnlyList<string> Unique(IEnumerable<Compilation> compilations)
    {
        var taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var compilation in compilations)
        {
            var name = Of(compilation);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++) unique = name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add(unique);
        }

        return names;
    }
}
