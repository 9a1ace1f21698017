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
/// models in the same compilation. Each folder is one compilation, as in <c>negc</c>. A folder outside any archive
/// is compiled again only when one of its files changes; an archive is bound again, once, when any of its files
/// changes, and only the folders whose model or diagnostics then differ are added again. The records' diagnostics
/// are reported as compiler diagnostics at their .neg locations, so NoWarn, WarningsAsErrors and
/// TreatWarningsAsErrors apply; a folder with errors gets no model.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NegotiationModelGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the step that groups the files into what is bound together (<see cref="NegUnit"/>).</summary>
    internal const string UnitStep = "NegUnit";

    /// <summary>The tracking name of the step that makes each folder's model and diagnostics (<see cref="FolderModel"/>).</summary>
    internal const string ModelStep = "NegFolderModel";

    private const string ArchiveFileName = "negarchive.json";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".neg", StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellationToken) => new NegFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? ""));

        var archiveRoots = context.AdditionalTextsProvider
            .Where(file => string.Equals(System.IO.Path.GetFileName(file.Path), ArchiveFileName, StringComparison.OrdinalIgnoreCase))
            .Select((file, _) => System.IO.Path.GetDirectoryName(file.Path) ?? "")
            .Collect();

        var units = files.Collect().Combine(archiveRoots)
            .SelectMany((input, _) => Units(input.Left, input.Right))
            .WithTrackingName(UnitStep);
        var models = units.SelectMany((unit, cancellationToken) => Compile(unit, cancellationToken)).WithTrackingName(ModelStep);

        context.RegisterSourceOutput(models, AddModel);
    }

    /// <summary>
    /// The folders in path order, each with its names from one table for all folders (so two never share a class or
    /// a hint name), grouped into units: each folder outside an archive alone, each archive with the folders whose
    /// nearest archive it is.
    /// </summary>
    private static IEnumerable<NegUnit> Units(ImmutableArray<NegFile> all, ImmutableArray<string> roots)
    {
        var groups = all
            .GroupBy(file => file.Folder, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray())
            .ToList();
        var names = CompilationNames.Assign(groups.Select(group => CompilationNames.For(group.Select(file => file.Path).ToList())).ToList());
        var folders = groups.Select((group, i) => new NegFolder(group[0].Folder, group, names[i])).ToList();
        var distinctRoots = roots.Distinct(StringComparer.Ordinal).ToList();
        string? NearestRoot(NegFolder folder) => distinctRoots.Where(root => IsWithin(folder.Folder, root)).OrderByDescending(root => root.Length).FirstOrDefault();

        var units = folders.Where(folder => NearestRoot(folder) is null)
            .Select(folder => new NegUnit(null, ImmutableArray.Create(folder), ImmutableArray<NegFolder>.Empty))
            .Concat(distinctRoots
                .Select(root => (Root: root, Own: folders.Where(folder => NearestRoot(folder) == root).ToImmutableArray()))
                .Where(archive => !archive.Own.IsEmpty)
                .Select(archive => new NegUnit(archive.Root, archive.Own, folders.Where(folder => IsWithin(folder.Folder, archive.Root)).ToImmutableArray())));
        return units.OrderBy(unit => unit.Folders[0].Folder, StringComparer.Ordinal);
    }

    private static bool IsWithin(string folder, string root) =>
        folder == root || folder.StartsWith(root.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
        folder.StartsWith(root.TrimEnd('/', '\\') + "/", StringComparison.Ordinal);

    /// <summary>Each folder's model and diagnostics; an archive is parsed and bound once for all its folders.</summary>
    private static ImmutableArray<FolderModel> Compile(NegUnit unit, CancellationToken cancellationToken)
    {
        if (unit.ArchiveRoot is not { } root)
        {
            var folder = unit.Folders[0];
            var compilation = Neg.Compilation.Create(folder.Files.Select(file => Neg.Syntax.SyntaxTree.ParseText(file.Text, file.Path)));
            return ImmutableArray.Create(Model(folder, compilation, classNameOf: null, cancellationToken));
        }

        var bound = Neg.Archive.Create(root, unit.ArchiveFolders.SelectMany(folder => folder.Files).Select(file => Neg.Syntax.SyntaxTree.ParseText(file.Text, file.Path)));
        var classNames = unit.ArchiveFolders.ToDictionary(folder => folder.Folder, folder => folder.Names.ClassName, StringComparer.Ordinal);
        var trees = bound.SyntaxTrees.ToDictionary(tree => tree.FilePath, StringComparer.Ordinal);
        var models = ImmutableArray.CreateBuilder<FolderModel>(unit.Folders.Length);
        foreach (var folder in unit.Folders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var compilation = bound.GetCompilation(trees[folder.Files[0].Path])!;
            models.Add(Model(folder, compilation, used => classNames[FolderOf(used)], cancellationToken));
        }

        return models.MoveToImmutable();
    }

    private static FolderModel Model(NegFolder folder, Neg.Compilation compilation, Func<Neg.Compilation, string>? classNameOf, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var hasErrors = false;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            cancellationToken.ThrowIfCancellationRequested();
            hasErrors |= diagnostic.Severity == Neg.Diagnostics.DiagnosticSeverity.Error;
            diagnostics.Add(RoslynDiagnostics.From(diagnostic));
        }

        var source = hasErrors ? null : CSharpModelEmitter.Emit(compilation, folder.Names, classNameOf: classNameOf);
        return new FolderModel(folder.Names.CSharpFileName, source, diagnostics.ToImmutable());
    }

    /// <summary>The folder a compilation of an archive is, as the generator named it (the directory of its files).</summary>
    private static string FolderOf(Neg.Compilation compilation) => System.IO.Path.GetDirectoryName(compilation.SyntaxTrees[0].FilePath) ?? "";

    private static void AddModel(SourceProductionContext context, FolderModel model)
    {
        foreach (var diagnostic in model.Diagnostics) context.ReportDiagnostic(diagnostic);
        if (model.Source is { } source) context.AddSource(model.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
