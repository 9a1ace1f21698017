using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NegotiationDsl.Emit.CSharp;

/// <summary>
/// Generates the C# model of a compilation with Roslyn's <see cref="SyntaxFactory"/> (never text
/// templates): one static class named after the compilation, with nested classes of parties, persons,
/// commitments, statements, meetings (in date order) and talks, built on NegotiationDsl.Model.
/// The output is nullable-enabled, documented, warning-free, and maps back to the .neg lines with #line.
/// </summary>
public static class CSharpModelEmitter
{
    public const string DefaultNamespace = "NegotiationRecords";

    /// <param name="compilation">The compilation; it should have no errors.</param>
    /// <param name="compilationName">A name for the class, e.g. the folder or file name (<c>geneva-2022</c> gives <c>Geneva2022</c>).</param>
    /// <param name="namespaceName">The namespace of the generated class.</param>
    /// <remarks>A folder of an archive refers to the models of the folders it uses by their class names: those are named
    /// as negc names them (after their folders), in one table with this one, which comes first.</remarks>
    public static string Emit(Compilation compilation, string compilationName, string namespaceName = DefaultNamespace)
    {
        if (compilation.Archive is not { } archive) return Emit(compilation, CompilationNames.Single(compilationName), namespaceName);
        var others = archive.Compilations.Where(other => other != compilation).ToList();
        var names = CompilationNames.Assign([compilationName, .. others.Select(other => CompilationNames.For(other.Records.Select(record => record.FilePath).ToList()))]);
        var classNames = others.Zip(names.Skip(1), (other, name) => (other, name.ClassName)).ToDictionary(pair => pair.other, pair => pair.ClassName);
        return Emit(compilation, names[0], namespaceName, used => classNames[used]);
    }

    /// <param name="compilation">The compilation; it should have no errors.</param>
    /// <param name="names">The compilation's names in the run's table (<see cref="CompilationNames.Assign"/>).</param>
    /// <param name="namespaceName">The namespace of the generated class.</param>
    /// <param name="classNameOf">Inside an archive: the class name of each folder's model in the same run, for the symbols of used folders.</param>
    public static string Emit(Compilation compilation, GeneratedNames names, string namespaceName = DefaultNamespace, System.Func<Compilation, string>? classNameOf = null) =>
        CSharpLayout.Write(EmitSyntax(compilation, names, namespaceName, classNameOf)) + "\n";

    /// <summary>The model as Roslyn syntax, before it is laid out as text.</summary>
    internal static Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax EmitSyntax(Compilation compilation, GeneratedNames names, string namespaceName = DefaultNamespace,
        System.Func<Compilation, string>? classNameOf = null) =>
        new ModelEmitter(compilation, names.ClassName, namespaceName, classNameOf).Emit();

    internal static string GeneratorVersion =>
        typeof(CSharpModelEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
