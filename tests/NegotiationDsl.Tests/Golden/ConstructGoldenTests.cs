using System.Collections.Generic;
using System.IO;
using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Emit;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Golden;

/// <summary>
/// One record per language construct (tests/golden/constructs/&lt;name&gt;/main.neg, clean) with every output kept
/// beside it: the JSON, the generated C# (which must compile), and the report in each format. Examples hold real
/// records; these hold every form of a construct, violations included. <c>NEG_UPDATE_GOLDEN=1 dotnet test</c> accepts changes.
/// </summary>
public sealed class ConstructGoldenTests
{
    private static string Root => Path.Combine(RepoPaths.Root, "tests", "golden", "constructs");

    public static IEnumerable<object[]> Constructs() =>
        Directory.GetDirectories(Root).Select(Path.GetFileName).Order(System.StringComparer.Ordinal).Select(name => new object[] { name! });

    [Theory]
    [MemberData(nameof(Constructs))]
    public void The_record_checks_clean(string construct) =>
        Assert.Empty(Compile(construct).GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Json_matches_golden(string construct) =>
        GoldenFile.AssertMatches(Golden(construct, "main.json"), RecordJsonWriter.Write(Compile(construct), construct));

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Generated_code_compiles_and_matches_golden(string construct)
    {
        var code = CSharpModelEmitter.Emit(Compile(construct), construct);
        var (diagnostics, assembly) = GeneratedCode.Compile(code);

        Assert.True(assembly is not null, string.Join("\n", diagnostics));
        GoldenFile.AssertMatches(Golden(construct, "main.g.cs"), code);
    }

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Reports_match_golden(string construct)
    {
        var model = ReportModel.Build(Compile(construct), construct);
        foreach (var format in ReportFormats.All) GoldenFile.AssertMatches(Golden(construct, "main" + format.Extension), format.Write(model));
    }

    private static string Golden(string construct, string file) => Path.Combine(Root, construct, file);

    private static Compilation Compile(string construct) =>
        Compilation.Create([SyntaxTree.ParseText(File.ReadAllText(Path.Combine(Root, construct, "main.neg")), construct + "/main.neg")]);
}
