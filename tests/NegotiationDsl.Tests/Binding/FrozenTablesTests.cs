using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Binding;
using NegotiationDsl.Dates;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// What binding hands on is read by many at once (the language server's requests, the back-ends), so none
/// of it offers a way to change it: tables are filled in through their builders while binding.
/// </summary>
public sealed class FrozenTablesTests
{
    [Theory]
    [InlineData(typeof(TreeBinding))]
    [InlineData(typeof(PositionTable<NegotiationDsl.Symbols.Symbol>))]
    [InlineData(typeof(PolicyTable))]
    [InlineData(typeof(DeclarationTable))]
    [InlineData(typeof(BindingResult))]
    [InlineData(typeof(FileBindingResult))]
    public void A_finished_table_offers_no_way_to_change_it(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        foreach (var property in type.GetProperties(Public))
        {
            Assert.True(property.SetMethod is not { IsPublic: true }, $"{type.Name}.{property.Name} can be set");
            var propertyType = property.PropertyType;
            Assert.False(typeof(IList).IsAssignableFrom(propertyType) && !propertyType.Name.StartsWith("Immutable", StringComparison.Ordinal), $"{type.Name}.{property.Name} is a mutable list");
            Assert.False(propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() is var definition &&
                (definition == typeof(System.Collections.Generic.Dictionary<,>) || definition == typeof(System.Collections.Generic.List<>) || definition == typeof(System.Collections.Generic.HashSet<>)),
                $"{type.Name}.{property.Name} is a mutable collection");
        }

        var writers = type.GetMethods(Public).Where(method => method.DeclaringType == type && (method.Name.StartsWith("Add", StringComparison.Ordinal) ||
            method.Name.StartsWith("Remove", StringComparison.Ordinal) || method.Name.StartsWith("Set", StringComparison.Ordinal) || method.Name == "Clear"));
        Assert.Empty(writers);
    }

    /// <summary>
    /// Each pass of the binder is an object of its own that is set up once: what it reads comes in through its
    /// constructor, what it writes are its own lists, handed on frozen. A field assigned after construction would
    /// be state that outlives its pass or that a later pass must remember to copy.
    /// </summary>
    [Theory]
    [InlineData(typeof(NegotiationDsl.Binding.Binder))]
    [InlineData(typeof(Declarer))]
    [InlineData(typeof(BindingScope))]
    [InlineData(typeof(BoundActors))]
    [InlineData(typeof(CompilationChecks))]
    public void A_binding_pass_sets_its_fields_only_when_it_is_made(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotEmpty(fields);
        foreach (var field in fields) Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} can be assigned after construction");
    }
}
