using System;
using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.LanguageServer;

/// <summary>
/// The declarations a file can name, for completion: its folder's own, then those of the folders (or files) its uses
/// name without an alias, a name of its own winning; or, after <c>alias.</c>, those of the use with that alias. A use's
/// path is taken as the binder takes it (relative to the file's folder, within its archive), but a use that is an
/// error still offers what it names: completion helps while the file is being written.
/// </summary>
internal static class VisibleNames
{
    public static IReadOnlyList<Symbol> Of(DocumentSnapshot snapshot, string? qualifier)
    {
        if (qualifier is not null) return Uses(snapshot).Where(use => use.Alias == qualifier).SelectMany(use => use.Declarations).ToList();

        var names = snapshot.Compilation.Symbols.ToList();
        var taken = names.Select(symbol => symbol.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var symbol in Uses(snapshot).Where(use => use.Alias is null).SelectMany(use => use.Declarations))
        {
            if (taken.Add(symbol.Name)) names.Add(symbol);
        }

        return names;
    }

    private static IEnumerable<(string? Alias, IEnumerable<Symbol> Declarations)> Uses(DocumentSnapshot snapshot)
    {
        if (snapshot.Compilation.Archive is not { } archive) yield break;
        var from = ArchivePaths.FolderOf(snapshot.Tree.FilePath);
        foreach (var use in snapshot.Tree.Root.Members.OfType<UseDeclarationSyntax>())
        {
            var written = use.Path.Value;
            if (use.Path.Token.IsMissing || ArchivePaths.IsAbsolute(written)) continue;
            var alias = use.Alias is { IsMissing: false } token ? token.Text : null;
            var target = ArchivePaths.Combine(from, written);
            if (target == from) continue;
            if (archive.GetCompilation(target) is { } folder) yield return (alias, folder.Symbols);
            else if (archive.GetCompilation(ArchivePaths.FolderOf(target)) is { } folderOfFile && ArchivePaths.FolderOf(target) != from)
                yield return (alias, folderOfFile.Symbols.Where(symbol => ArchivePaths.Normalize(symbol.SyntaxTree.FilePath) == target));
        }
    }
}
