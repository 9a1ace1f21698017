using System.Collections.Generic;
using System.IO;

namespace NegotiationDsl.Emit;

/// <summary>How outputs are named, the same in negc and in the build integration.</summary>
public static class CompilationNames
{
    /// <summary>A one-file compilation is named after its file, any other after its folder (<c>examples/minsk-2015/</c> → <c>minsk-2015</c>).</summary>
    public static string For(IReadOnlyList<string> filePaths)
    {
        if (filePaths.Count == 1) return Path.GetFileNameWithoutExtension(filePaths[0]);
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePaths[0]));
        var name = folder is null ? null : Path.GetFileName(folder);
        return string.IsNullOrEmpty(name) ? "records" : name!;
    }

    /// <summary>The generated model's file name: <c>minsk-2015</c> → <c>Minsk2015.g.cs</c>.</summary>
    public static string CSharpFileName(string compilationName) => CSharp.CSharpNames.ToPascalIdentifier(compilationName) + ".g.cs";
}
