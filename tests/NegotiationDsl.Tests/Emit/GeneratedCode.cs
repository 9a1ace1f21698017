using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationDsl.Tests.Emit;

/// <summary>Compiles generated C# in memory against the runtime model, as a consumer project would (nullable on, warnings reported).</summary>
internal static class GeneratedCode
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
        return platform.Append(typeof(NegotiationDsl.Model.Party).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    });

    public static IReadOnlyList<MetadataReference> ReferencesForTests => References.Value;

    public static (IReadOnlyList<Diagnostic> Diagnostics, Assembly? Assembly) Compile(params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, $"generated{index}.g.cs"));
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var diagnostics = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!result.Success) return (diagnostics, null);
        stream.Position = 0;
        return (diagnostics, new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream));
    }

    /// <summary>The value of a static field given as <c>Class.Nested.Field</c> in the generated namespace.</summary>
    public static object? Field(Assembly assembly, string path)
    {
        var parts = path.Split('.');
        var type = assembly.GetType("NegotiationRecords." + parts[0], throwOnError: true)!;
        for (var i = 1; i < parts.Length - 1; i++) type = type.GetNestedType(parts[i])!;
        return type.GetField(parts[^1], BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
    }
}
