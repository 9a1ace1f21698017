using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Compilation = NegotiationDsl.Compilation;
using SyntaxTree = NegotiationDsl.Syntax.SyntaxTree;
using NegotiationDsl.Emit;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Fuzz.Generation;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Binding;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// The one-pass layout of the generated C# gives exactly the text Roslyn's NormalizeWhitespace gives (which costs
/// the square of a list's length), on the examples, hostile strings, clashing names and generated programs.
/// </summary>
public sealed class CSharpLayoutTests
{
    [Theory]
    [MemberData(nameof(ExampleGoldenTests.Folders), MemberType = typeof(ExampleGoldenTests))]
    public void The_examples_are_laid_out_as_NormalizeWhitespace_lays_them_out(string folder) =>
        AssertSameLayout(ExampleGoldenTests.Compile(folder));

    [Fact]
    public void Hostile_strings_and_clashing_names_are_laid_out_as_NormalizeWhitespace_lays_them_out()
    {
        AssertSameLayout(BindingHelper.Compile(HostileStrings.Record()));
        AssertSameLayout(BindingHelper.Compile(
            "party written_response;\nparty WrittenResponse;\nparty class;\nparty All;\nparty Лавров;\nperson P office \"o\" of All from 2020-01 until 2021;\n" +
            "t: talks \"T\" 2022-01 with All < meeting M 2022-01-21 at 10:00 2h with P < c: P commits \"x\" to class by next_week; > >\n" +
            "P fulfils c on 2022-01-30;\nd: All demands \"y\";\nclass rejects d;\nWrittenResponse says Лавров commits \"z\";\n"));
        AssertSameLayout(BindingHelper.Compile(""));
    }

    [Fact]
    public void Generated_programs_are_laid_out_as_NormalizeWhitespace_lays_them_out()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var text = ProgramGenerator.Generate(new Random(seed));
            AssertSameLayout(Compilation.Create([SyntaxTree.ParseText(text, "generated" + seed.ToString(CultureInfo.InvariantCulture) + ".neg")]));
        }
    }

    [Fact]
    public void A_meeting_of_thirty_thousand_participants_is_laid_out()
    {
        var ids = Enumerable.Range(0, 30_000).Select(i => "P" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var compilation = BindingHelper.Compile("party USA;\n" + string.Concat(ids.Select(id => "person " + id + " of USA;\n")) +
            "meeting Geneva 2022-01-21 with " + string.Join(", ", ids) + " < >\n");

        var source = CSharpModelEmitter.Emit(compilation, "big");

        Assert.Contains("global::NegotiationRecords.Big.Persons.P0, global::NegotiationRecords.Big.Persons.P1, ", source, StringComparison.Ordinal);
        Assert.Contains("                global::NegotiationRecords.Big.Persons.P29999\n            };\n", source, StringComparison.Ordinal);
    }

    private static void AssertSameLayout(Compilation compilation)
    {
        var unit = CSharpModelEmitter.EmitSyntax(compilation, CompilationNames.Single("Layout"));

        Assert.Equal(unit.NormalizeWhitespace(eol: "\n").ToFullString(), CSharpLayout.Write(unit));
    }
}
