using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NegotiationDsl.Emit;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Tests.Binding;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The one table of a run's output names (<see cref="CompilationNames.Assign"/>).</summary>
public sealed class CompilationNamesTests
{
    [Fact]
    public void Names_that_a_file_system_would_take_for_one_are_numbered()
    {
        var names = CompilationNames.Assign(["Geneva", "GENEVA", "caf\u00e9", "cafe\u0301", "x-y", "x_y", "X-Y"]);

        Assert.Equal(["Geneva", "GENEVA-2", "caf\u00e9", "cafe\u0301-2", "x-y", "x_y", "X-Y-2"], names.Select(n => n.Name));
        Assert.Equal(["Geneva", "GENEVA2", "Caf\u00e9", "Cafe\u03012", "XY", "XY2", "XY3"], names.Select(n => n.ClassName));
    }

    [Fact]
    public void Names_that_differ_only_in_case_get_the_numbers_a_search_from_two_gives()
    {
        // The next number is kept per name as the file system compares names: each case variant does not start again at 2.
        Gen.OneOf(Gen.Const("ab"), Gen.Const("AB"), Gen.Const("Ab"), Gen.Const("ab-2"), Gen.Const("AB-3"), Gen.Const("x")).Array[0, 40].Sample(sequence =>
        {
            var taken = new HashSet<string>(FileNameComparer.Instance);
            var expected = new List<string>();
            foreach (var name in sequence)
            {
                var candidate = name;
                for (var number = 2; !taken.Add(candidate); number++) candidate = name + "-" + number.ToString(CultureInfo.InvariantCulture);
                expected.Add(candidate);
            }

            return CompilationNames.Assign(sequence).Select(n => n.Name).SequenceEqual(expected);
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("", "records")]
    [InlineData(".", "_")]
    [InlineData(".hidden", "_hidden")]
    [InlineData("a\nb\u202Ec", "a_b_c")]
    [InlineData("a\\b", "a_b")]
    public void A_name_is_never_empty_hidden_or_holding_a_hidden_character(string compilationName, string expected) =>
        Assert.Equal(expected, CompilationNames.Single(compilationName).Name);

    [Fact]
    public void Long_names_are_cut_with_a_hash_the_same_way_in_every_run_and_stay_apart()
    {
        var common = string.Concat(Enumerable.Repeat("Ж", 200));

        var first = CompilationNames.Assign([common + "a", common + "b"]);
        var second = CompilationNames.Assign([common + "a", common + "b"]);

        Assert.Equal(first, second);
        Assert.NotEqual(first[0].Name, first[1].Name);
        Assert.NotEqual(first[0].ClassName, first[1].ClassName);
        Assert.All(first.SelectMany(n => new[] { n.Name, n.ClassName }), name => Assert.InRange(Encoding.UTF8.GetByteCount(name), 1, GeneratedName.MaxBytes));
        Assert.Matches("_[0-9a-f]{8}$", first[0].Name);
    }

    [Fact]
    public void The_class_names_the_table_keeps_free_are_the_model_s_nested_classes()
    {
        var source = CSharpModelEmitter.Emit(BindingHelper.Compile("party A;\nA says \"x\" on 2022-01-21;\n"), "records");

        var type = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First();

        Assert.Equal(ModelEmitter.NestedClassNames, type.Members.OfType<ClassDeclarationSyntax>().Select(nested => nested.Identifier.Text));
        Assert.Equal("Parties2", CompilationNames.Single("parties").ClassName);
    }
}
