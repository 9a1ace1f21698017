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

        // The names are one table for all folders, so two folders never share a class or a hint name.
        var folders = files.Collect().SelectMany((all, _) =>
        {
            var groups = all
                .GroupBy(file => file.Folder, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.OrderBy(file => file.Path, StringComparer.Ordinal).ToImmutableArray())
                .ToList();
            var names = CompilationNames.Assign(groups.Select(group => CompilationNames.For(group.Select(file => file.Path).ToList())).ToList());
            return groups.Select((group, i) => new NegFolder(group[0].Folder, group, names[i]));
        });

        context.RegisterSourceOutput(folders, Generate);
    }

    private static void Generate(SourceProductionContext context, NegFolder folder)
    {
        var trees = folder.Files.Select(file => Neg.Syntax.SyntaxTree.ParseText(file.Text, file.Path)).ToList();
        var compilation = Neg.Compilation.Create(trees);
        var hasErrors = false;
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            hasErrors |= diagnostic.Severity == Neg.Diagnostics.DiagnosticSeverity.Error;
            context.ReportDiagnostic(RoslynDiagnostics.From(diagnostic));
        }

        if (hasErrors) return;
        var source = CSharpModelEmitter.Emit(compilation, folder.Names);
        context.AddSource(folder.Names.CSharpFileName, SourceText.From(source, System.Text.Encoding.UTF8));
    }
}
