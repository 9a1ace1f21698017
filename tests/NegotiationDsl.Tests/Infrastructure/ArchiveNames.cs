using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Tests.Infrastructure;

/// <summary>
/// The names of a generated archive resolved from its syntax alone, by the rules of docs/language.md: a
/// name is declared in its folder or, once, by a folder its file uses without an alias; <c>alias.name</c> is declared
/// by the folder or file used with that alias. The generators' tests need this apart from the binder they feed.
/// </summary>
internal sealed class ArchiveNames
{
    /// <param name="files">(path from the archive root with '/', text); files other than <c>.neg</c> are left out.</param>
    public ArchiveNames(IEnumerable<(string Path, string Text)> files)
    {
        Folders = files.Where(file => file.Path.EndsWith(".neg", StringComparison.Ordinal))
            .GroupBy(file => FolderOf(file.Path))
            .ToDictionary(folder => folder.Key, folder => folder.Select(file => SyntaxTree.ParseText(file.Text, file.Path)).ToList());
    }

    /// <summary>The trees of each folder, by its path from the archive root.</summary>
    public Dictionary<string, List<SyntaxTree>> Folders { get; }

    public IEnumerable<SyntaxTree> Trees => Folders.Values.SelectMany(trees => trees);

    /// <summary>A line for each name that refers to nothing, and for each use of a folder or file the archive does not have.</summary>
    public List<string> Unresolved()
    {
        var problems = new List<string>();
        foreach (var (folder, trees) in Folders)
        {
            var own = Declared(trees);
            // A use applies to the file that says it.
            foreach (var tree in trees)
            {
                var uses = Uses([tree]).ToList();
                problems.AddRange(uses.Where(use => Target(folder, use) is null).Select(use => $"{folder}: use \"{use.Path.Value}\" finds nothing"));
                var byName = uses.Where(use => use.Alias is null).Select(use => Declared(Target(folder, use) ?? [])).ToList();
                foreach (var name in References([tree]))
                {
                    var found = name.Qualifier is { } alias
                        ? uses.Any(use => use.Alias?.Text == alias && Declared(Target(folder, use) ?? []).Contains(name.SimpleName))
                        : own.Contains(name.SimpleName) || byName.Count(names => names.Contains(name.SimpleName)) == 1;
                    if (!found) problems.Add($"{tree.FilePath}: '{name.Identifier.Text}' is declared neither in its folder nor once by a use");
                }
            }
        }

        return problems;
    }

    /// <summary>A line for each use through which no name of its file is found.</summary>
    public List<string> Unneeded()
    {
        var problems = new List<string>();
        foreach (var (folder, trees) in Folders)
        {
            var own = Declared(trees);
            foreach (var tree in trees)
            {
                var references = References([tree]).ToList();
                foreach (var use in Uses([tree]))
                {
                    var declared = Declared(Target(folder, use) ?? []);
                    var needed = use.Alias is { } alias
                        ? references.Any(name => name.Qualifier == alias.Text)
                        : references.Any(name => name.Qualifier is null && !own.Contains(name.SimpleName) && declared.Contains(name.SimpleName));
                    if (!needed) problems.Add($"{tree.FilePath}: nothing is named through use \"{use.Path.Value}\"");
                }
            }
        }

        return problems;
    }

    /// <summary>The names that refer to a declaration: all but meeting places, formats and an agreement's kind and stage (values of the language's tables).</summary>
    public static IEnumerable<NameSyntax> References(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).OfType<NameSyntax>()
            .Where(name => name.Parent is not MeetingDeclarationSyntax && name.Parent?.Kind is not (SyntaxKind.FormatClause or SyntaxKind.KindClause or SyntaxKind.StageClause));

    private static IEnumerable<UseDeclarationSyntax> Uses(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.Members.OfType<UseDeclarationSyntax>());

    /// <summary>The trees a use names: a folder's, or one file's when the path ends in <c>.neg</c>; null when the archive has none.</summary>
    private List<SyntaxTree>? Target(string folder, UseDeclarationSyntax use)
    {
        var segments = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in use.Path.Value.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or "")) segments.Add(segment);
        }

        var path = string.Join('/', segments);
        if (!path.EndsWith(".neg", StringComparison.Ordinal)) return Folders.GetValueOrDefault(path);
        var file = Folders.GetValueOrDefault(FolderOf(path))?.Where(tree => tree.FilePath == path).ToList();
        return file is { Count: > 0 } ? file : null;
    }

    /// <summary>The names of parties, persons and labels declared in <paramref name="trees"/>.</summary>
    private static HashSet<string> Declared(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(tree => tree.Root.DescendantNodesAndSelf()).Select(node => node switch
        {
            PartyDeclarationSyntax party => party.Identifier.Text,
            PersonDeclarationSyntax person => person.Identifier.Text,
            LabelSyntax label => label.Identifier.Text,
            _ => null,
        }).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path.Substring(0, slash) : "";
}
