using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NegotiationDsl.Emit;
using NegotiationDsl.Emit.CSharp;
using Neg = NegotiationDsl;

namespace NegotiationDsl.Generator;

/// <summary>
/// Turns the project's .neg files (passed as AdditionalFiles by the NegotiationDsl.Build targets) into C#
/// models in the same compilation. Each folder is one compilation, as in <c>negc</c>; a folder's model is
/// regenerated only when one of its files changes. The records' diagnostics are reported as compiler
/// diagnostics at their .neg locations, so NoWarn, WarningsAsErrors and TreatWarningsAsErrors apply;
/// a folder with errors gets no model.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NegotiationModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".neg", StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellationToken) => new NegFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? ""));

        var archiveRoots = context.AdditionalTextsProvider
            .Where(file => string.Equals(System.IO.Path.GetFileName(file.Path), ArchiveFileName, StringComparison.OrdinalIgnoreCase))
            .Select((file, _) => System.IO.Path.GetDirectoryName(file.Path) ?? "")
            .Collect();

        // The names are one table for all folders, so two folders never share a class or a hint name.
        var folders = files.Collect().Combine(archiveRoots).SelectMany((input, _) =>
        {
            var (all, roots) = input;
            var groups = all
                .GroupBy(file => file.Folder, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray())
                .ToList();
            var names = CompilationNames.Assign(groups.Select(group => CompilationNames.For(group.Select(file => file.Path).ToList())).ToList());
            var archives = roots.Distinct(StringComparer.Ordinal).Select(root =>
            {
                var members = groups.Select((group, i) => (group, i)).Where(pair => IsWithin(pair.group[0].Folder, root)).ToList();
                return new NegArchive(root, members.SelectMany(pair => pair.group).ToImmutableArray(),
                    members.ToImmutableDictionary(pair => pair.group[0].Folder, pair => names[pair.i].ClassName, StringComparer.Ordinal));
            }).ToList();
            return groups.Select((group, i) => new NegFolder(group[0].Folder, group, names[i],
                archives.Where(archive => archive.ClassNames.ContainsKey(group[0].Folder)).OrderByDescending(archive => archive.Root.Length).FirstOrDefault()));
        });

        context.RegisterSourceOutput(folders, Generate);
    }

    private const string ArchiveFileName = "negarchive.json";

    private static Neg.Compilation CompilationOf(NegFolder folder)
    {
        if (folder.Archive is not { } archive)
            return Neg.Compilation.Create(folder.Files.Select(file => Neg.Syntax.SyntaxTree.ParseText(file.Text, file.Path)));
        var trees = archive.Files.Select(file => Neg.Syntax.SyntaxTree.ParseText(file.Text, file.Path));
        var bound = Neg.Archive.Create(archive.Root, trees);
        return bound.GetCompilation(bound.SyntaxTrees.First(tree => tree.FilePath == folder.Files[0].Path))!;
    }

    /// <summary>The folder a compilation of an archive is, as the generator named it (the directory of its files).</summary>
    private static string Folder(Neg.Compilation compilation) => System.IO.Path.GetDirectoryName(compilation.SyntaxTrees[0].FilePath) ?? "";

    private static bool IsWithin(string folder, string root) =>
        folder == root || folder.StartsWith(root.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
        folder.StartsWith(root.TrimEnd('/', '\\') + "/", StringComparison.Ordinal);

    private static void Generate(SourceProductionContext context, NegFolder folder)
    {
        var compilation = CompilationOf(folder);
        var hasErrors = false;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            hasErrors |= diagnostic.Severity == Neg.Diagnostics.DiagnosticSeverity.Error;
            context.ReportDiagnostic(RoslynDiagnostics.From(diagnostic));
        }

        if (hasErrors) return;
        var classNames = folder.Archive?.ClassNames;
        var source = CSharpModelEmitter.Emit(compilation, folder.Names, classNameOf: classNames is null ? null : used => classNames[Folder(used)]);
        context.AddSource(folder.Names.CSharpFileName, SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
