using System.Collections.Generic;
using System.Linq;
using System.Text;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Model;
using NegotiationDsl.Tests.Binding;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// Member and class names of the generated model: never a warning (a member that hides an inherited one, a
/// member named like its class), never an identifier too long for metadata, and the same in every run.
/// </summary>
public sealed class MemberNameTests
{
    private static readonly string[] InheritedMembers = ["Equals", "ToString", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize"];
    private static readonly string[] SnakeCase = ["equals", "to_string", "get_hash_code", "get_type", "memberwise_clone", "reference_equals", "finalize"];

    [Fact]
    public void Members_named_after_inherited_members_compile_without_warnings()
    {
        var persons = string.Concat(InheritedMembers.Select(name => $"person {name};\n"));
        var parties = string.Concat(SnakeCase.Select(name => $"party {name};\n"));
        var statements = string.Concat(InheritedMembers.Zip(SnakeCase).Select(pair => $"{pair.First}, {pair.Second} agree \"x\" on 2022-01-21;\n"));
        var compilation = BindingHelper.Compile(persons + parties + statements);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);

        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(compilation, "hostile"));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var all = (IReadOnlyList<Person>)GeneratedCode.Field(assembly!, "Hostile.Persons.All")!;
        Assert.Equal(InheritedMembers, all.Select(person => person.Id));
        Assert.Equal(SnakeCase, ((IReadOnlyList<Party>)GeneratedCode.Field(assembly!, "Hostile.Parties.All")!).Select(party => party.Id));
    }

    [Theory]
    [InlineData("parties")]
    [InlineData("sources")]
    [InlineData("talks")]
    [InlineData("all")]
    public void A_compilation_named_after_a_nested_class_compiles_without_warnings(string name)
    {
        var compilation = BindingHelper.Compile("party Parties;\nparty Sources;\nperson Talks;\nTalks says \"x\" on 2022-01-21;\n");

        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(compilation, name));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.NotNull(assembly);
    }

    [Theory]
    [InlineData("a", 2_000)]
    [InlineData("Ж", 700)]
    [InlineData("𝒜", 400)]
    public void A_very_long_place_or_compilation_name_gives_identifiers_within_the_metadata_limit(string letter, int count)
    {
        var word = string.Concat(Enumerable.Repeat(letter, count));
        var compilation = BindingHelper.Compile($"party A;\nmeeting \"{word}\" 2022-01-21 with A < A says \"x\"; >\nmeeting \"{word}\" 2022-01-22 with A < A says \"y\"; >\n");

        var source = CSharpModelEmitter.Emit(compilation, word);
        var (diagnostics, assembly) = GeneratedCode.Compile(source);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var type = assembly!.GetTypes().Single(t => t.DeclaringType is null && t.Namespace == "NegotiationRecords");
        var names = type.GetNestedTypes().SelectMany(nested => nested.GetFields()).Select(field => field.Name).Append(type.Name).ToList();
        Assert.All(names, name => Assert.InRange(Encoding.UTF8.GetByteCount(name), 1, 1023));
        Assert.Equal([word, word], ((IReadOnlyList<Meeting>)type.GetNestedType("Meetings")!.GetField("All")!.GetValue(null)!).Select(m => m.Place));
        Assert.Equal(source, CSharpModelEmitter.Emit(compilation, word));
    }
}
