using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Text;

namespace NegotiationDsl.Emit;

/// <summary>
/// The names a run gives its outputs, the same in negc and in the build integration: one table, made once for all
/// the compilations of a run, so that two compilations never share a final name (<see cref="Assign"/>).
/// </summary>
public static class CompilationNames
{
    /// <summary>The name when a file or folder gives none: a file named <c>.neg</c>, the root folder.</summary>
    public const string Fallback = "records";

    /// <summary>A one-file compilation is named after its file, any other after its folder (<c>examples/minsk-2015/</c> → <c>minsk-2015</c>).</summary>
    public static string For(IReadOnlyList<string> filePaths)
    {
        if (filePaths.Count == 1) return Path.GetFileNameWithoutExtension(filePaths[0]);
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePaths[0]));
        var name = folder is null ? null : Path.GetFileName(folder);
        return string.IsNullOrEmpty(name) ? Fallback : name!;
    }

    /// <summary>
    /// The output names of each compilation, in the order given (folder order, so the same inputs always get the
    /// same names). The final names are compared, not the compilations' names, each kind of name among its own kind:
    /// <c>x-y</c> and <c>x_y</c> both make the class <c>XY</c>, so the second's class is <c>XY2</c> (its file name
    /// <c>x_y</c> is free), and a class named like a model's nested classes is numbered too. Names are compared as
    /// Windows and macOS compare file names (<see cref="FileNameComparer"/>), so no two outputs share a file there.
    /// A name is never empty or hidden (a file <c>.neg</c> gives <c>records</c>), holds no hidden character or
    /// separator, and is at most <see cref="GeneratedName.MaxBytes"/> bytes long.
    /// </summary>
    public static IReadOnlyList<GeneratedNames> Assign(IReadOnlyList<string> compilationNames)
    {
        var stems = FileNames(compilationNames);
        var classes = new NameScope(FileNameComparer.Instance, numberSeparator: "", reserved: ModelEmitter.NestedClassNames);
        var table = new List<GeneratedNames>(compilationNames.Count);
        for (var i = 0; i < compilationNames.Count; i++)
            table.Add(new GeneratedNames(stems[i], classes.Claim(CSharpNames.ToPascalIdentifier(compilationNames[i]))));

        return table;
    }

    /// <summary>
    /// Names to write files under, by the rules of <see cref="Assign"/>: one for each name wanted, in order, never two that
    /// a file system takes for one (<c>us</c> and <c>US</c> give <c>us</c> and <c>US-2</c>), none empty, hidden or holding a
    /// separator. The pages of an archive's actors are named by it too.
    /// </summary>
    public static IReadOnlyList<string> FileNames(IReadOnlyList<string> names)
    {
        var stems = new NameScope(FileNameComparer.Instance, numberSeparator: "-", reserved: []);
        return names.Select(name => stems.Claim(FileStem(name))).ToList();
    }

    /// <summary>The names of a compilation built on its own (one table of one).</summary>
    public static GeneratedNames Single(string compilationName) => Assign([compilationName])[0];

    /// <summary>A name to write files under: hidden characters and separators become '_', and so does a leading '.'.</summary>
    private static string FileStem(string name)
    {
        var stem = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var length = char.IsSurrogatePair(name, i) ? 2 : 1;
            if (PrintableText.IsHidden(name, i) || name[i] is '/' or '\\' || (i == 0 && name[i] == '.')) stem.Append('_');
            else stem.Append(name, i, length);
            i += length - 1;
        }

        return stem.Length == 0 ? Fallback : stem.ToString();
    }
}

/// <summary>The names of one compilation's outputs.</summary>
/// <param name="Name">The file name of its JSON and reports (without extension), also its name in their text.</param>
/// <param name="ClassName">Its C# class.</param>
public sealed record GeneratedNames(string Name, string ClassName)
{
    /// <summary>The C# model's file name, also the source generator's hint name.</summary>
    public string CSharpFileName => ClassName + ".g.cs";

    public string JsonFileName => Name + ".json";

    /// <summary>A report's file name: <c>minsk-2015</c> and <c>.html</c> give <c>minsk-2015.html</c>.</summary>
    public string ReportFileName(string extension) => Name + extension;
}
