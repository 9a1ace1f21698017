using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Model;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Binding;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>Hostile strings and identifiers survive exactly, compile, and cannot change the generated code's structure.</summary>
public sealed class CSharpInjectionTests
{
    [Fact]
    public void Hostile_strings_round_trip_through_the_generated_model()
    {
        var compilation = BindingHelper.Compile(HostileStrings.Record());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.IsError));

        var source = CSharpModelEmitter.Emit(compilation, "hostile");
        var (diagnostics, assembly) = GeneratedCode.Compile(source);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var commitments = (IReadOnlyList<Commitment>)GeneratedCode.Field(assembly!, "Hostile.Commitments.All")!;
        var meetings = (IReadOnlyList<Meeting>)GeneratedCode.Field(assembly!, "Hostile.Meetings.All")!;
        for (var i = 0; i < HostileStrings.All.Count; i++)
        {
            var commitment = commitments.Single(c => c.Id == "c" + i);
            Assert.Equal(HostileStrings.All[i].Value, commitment.Deliverable);
            Assert.Equal(HostileStrings.All[i].Value, commitment.Details.Quote);
            Assert.Equal(HostileStrings.All[i].Value, commitment.Details.Source);
        }

        Assert.Equal(HostileStrings.All.Select(h => h.Value).OrderBy(s => s, System.StringComparer.Ordinal), meetings.Select(m => m.Place).OrderBy(s => s, System.StringComparer.Ordinal));
        Assert.Equal(HostileStrings.Named("backslashes").Value, ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.A")!).Name);
    }

    [Fact]
    public void No_invisible_or_control_character_reaches_the_generated_file_raw()
    {
        var source = CSharpModelEmitter.Emit(BindingHelper.Compile(HostileStrings.Record()), "hostile");

        Assert.Empty(HostileStrings.RawHidden(source));
    }

    /// <summary>A record file name that ends the header comment with U+2028 and goes on as code (a module initializer runs when the consumer starts).</summary>
    [Fact]
    public void A_file_name_cannot_put_code_into_the_generated_file()
    {
        var path = "records/" + HostileStrings.Named("code after a line break").Value + ".neg";
        var compilation = Compilation.Create([SyntaxTree.ParseText("party A;\nA says \"x\" on 2022-01-21;\n", path)]);

        var source = CSharpModelEmitter.Emit(compilation, "records");
        var (diagnostics, assembly) = GeneratedCode.Compile(source);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain("Evil", CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()));
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly!.ManifestModule.ModuleHandle);
        Assert.Null(System.AppContext.GetData("Evil"));
        Assert.Equal(InItsFolder(path), ((IReadOnlyList<RecordSource>)GeneratedCode.Field(assembly, "Records.Sources.All")!)[0].Path);
    }

    /// <summary>A path as the model writes it for a compilation of one file: relative to the file's folder.</summary>
    private static string InItsFolder(string path) => path.Substring(path.LastIndexOf('/') + 1);

    /// <summary>File names are user text: each hostile one must leave the generated file's structure as a plain name does.</summary>
    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void A_model_from_a_hostile_file_name_compiles_without_warnings_and_keeps_its_structure(string name)
    {
        static string Generate(string path) => CSharpModelEmitter.Emit(
            Compilation.Create([SyntaxTree.ParseText("record \"t\" published 2022-01-21;\nparty A;\nc: A commits \"x\" by next_week;\n", path)]), "records");
        var path = "records/" + HostileStrings.Named(name).Value + ".neg";

        var source = Generate(path);
        var (diagnostics, assembly) = GeneratedCode.Compile(source);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Empty(HostileStrings.RawHidden(source));
        Assert.Equal(Shape(Generate("records/plain.neg")), Shape(source));
        Assert.Equal(InItsFolder(path), ((IReadOnlyList<RecordSource>)GeneratedCode.Field(assembly!, "Records.Sources.All")!)[0].Path);
        Assert.Equal(InItsFolder(path), ((IReadOnlyList<Commitment>)GeneratedCode.Field(assembly!, "Records.Commitments.All")!)[0].Location.Path);
    }

    /// <summary>Every token's and directive's kind, in order: text in comments, literals and names may differ, nothing else.</summary>
    private static List<string> Shape(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens(descendIntoTrivia: true)
            .Where(token => token.Kind() is not (Microsoft.CodeAnalysis.CSharp.SyntaxKind.XmlTextLiteralToken or Microsoft.CodeAnalysis.CSharp.SyntaxKind.XmlEntityLiteralToken))
            .Select(token => token.Kind() + ":" + string.Join(",", token.LeadingTrivia.Concat(token.TrailingTrivia).Select(trivia => trivia.Kind()).Where(kind => kind != Microsoft.CodeAnalysis.CSharp.SyntaxKind.WhitespaceTrivia)))
            .ToList();

    [Fact]
    public void Identifiers_that_clash_or_are_keywords_become_unique_valid_names()
    {
        var compilation = BindingHelper.Compile(
            "party written_response;\nparty WrittenResponse;\nparty writtenResponse;\nparty class;\nparty Parties;\nparty All;\nparty Hostile;\nparty _;\nparty Лавров;\nparty e\u0301t\u00e9;\n" +
            "written_response, WrittenResponse, writtenResponse, class, Parties, All, Hostile, _, Лавров, e\u0301t\u00e9 agree \"x\";\n");
        var source = CSharpModelEmitter.Emit(compilation, "hostile");

        var (diagnostics, assembly) = GeneratedCode.Compile(source);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var parties = (IReadOnlyList<Party>)GeneratedCode.Field(assembly!, "Hostile.Parties.All")!;
        Assert.Equal(10, parties.Count);
        Assert.Equal("written_response", ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.WrittenResponse")!).Id);
        Assert.Equal("WrittenResponse", ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.WrittenResponse2")!).Id);
        Assert.Equal("writtenResponse", ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.WrittenResponse3")!).Id);
        Assert.Equal("class", ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.Class")!).Id);
        Assert.Equal("Лавров", ((Party)GeneratedCode.Field(assembly!, "Hostile.Parties.Лавров")!).Id);
    }

    [Theory]
    [InlineData("written_response", "WrittenResponse")]
    [InlineData("minsk-2015", "Minsk2015")]
    [InlineData("2015-minsk", "_2015Minsk")]
    [InlineData("Лавров", "Лавров")]
    [InlineData("___", "Item")]
    [InlineData("a.b c", "ABC")]
    public void Names_are_pascal_cased_and_valid(string name, string expected) =>
        Assert.Equal(expected, CSharpNames.ToPascalIdentifier(name));
}
