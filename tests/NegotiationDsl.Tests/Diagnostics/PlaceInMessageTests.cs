using System;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Diagnostics;

/// <summary>
/// A message that says where something else is (where a duplicate's first is declared) changes when an edit moves that
/// place, so a binding carried over an edit must not carry such a diagnostic. The descriptor says so
/// (<see cref="DiagnosticDescriptor.NamesAPlace"/>); a factory that writes a place into its message takes it as a
/// <see cref="Location"/> besides the diagnostic's own, so the catalogue can be checked for the flag.
/// </summary>
public sealed class PlaceInMessageTests
{
    private static readonly Location Place = new(SourceText.From("first\nsecond\n", "record.neg"), new TextSpan(6, 6));

    private static readonly MethodInfo[] Factories = typeof(DiagnosticCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(method => method.ReturnType == typeof(Diagnostic)).ToArray();

    [Fact]
    public void Every_factory_that_writes_a_place_into_its_message_sets_the_flag()
    {
        var placing = Factories.Where(method => method.GetParameters().Skip(1).Any(parameter => parameter.ParameterType == typeof(Location))).ToList();

        Assert.NotEmpty(placing);
        Assert.All(placing, factory =>
        {
            var diagnostic = Create(factory);
            Assert.True(diagnostic.Descriptor.NamesAPlace, $"{factory.Name}: {diagnostic.Descriptor.Code} does not say that its message names a place");
            Assert.Contains(Place.ToString(), diagnostic.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_descriptors_whose_factory_writes_a_place_set_the_flag()
    {
        var placing = Factories.Where(method => method.GetParameters().Skip(1).Any(parameter => parameter.ParameterType == typeof(Location)))
            .Select(factory => Create(factory).Descriptor).ToHashSet();

        Assert.All(DiagnosticCatalog.All.Where(descriptor => descriptor.NamesAPlace), descriptor => Assert.Contains(descriptor, placing));
    }

    /// <summary>The factory's diagnostic at <see cref="Place"/>, every place it names <see cref="Place"/>, every text a word.</summary>
    private static Diagnostic Create(MethodInfo factory) =>
        (Diagnostic)factory.Invoke(null, factory.GetParameters().Select(parameter => Argument(parameter.ParameterType)).ToArray())!;

    private static object? Argument(Type type) =>
        type == typeof(Location) ? Place
        : type == typeof(string) ? "word"
        : type.IsValueType ? Activator.CreateInstance(type)
        : null;
}
