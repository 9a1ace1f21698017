using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Diagnostics;

public sealed class CatalogTests
{
    private static string DiagnosticsDoc => File.ReadAllText(Path.Combine(RepoPaths.Docs, "diagnostics.md"));

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticCatalog.All.Select(descriptor => descriptor.Code).ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^NEG[1-9][0-9]{3}$", code));
    }

    [Fact]
    public void Syntax_diagnostics_use_the_1xxx_range()
    {
        var syntaxCodes = typeof(DiagnosticCatalog).GetFields()
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .Where(descriptor => descriptor.Code.StartsWith("NEG1", System.StringComparison.Ordinal))
            .ToList();

        Assert.True(syntaxCodes.Count >= 9);
    }

    [Fact]
    public void Every_code_is_documented_with_an_anchor_heading()
    {
        var doc = DiagnosticsDoc;
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Matches(new Regex($"^## {descriptor.Code}: ", RegexOptions.Multiline), doc);
            Assert.Contains($"<a id=\"{descriptor.Code.ToLowerInvariant()}\"></a>\n## {descriptor.Code}: ", doc, System.StringComparison.Ordinal);
            Assert.EndsWith("#" + descriptor.Code.ToLowerInvariant(), descriptor.HelpLink, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_documentation_lists_no_code_that_the_catalogue_lacks()
    {
        var documented = Regex.Matches(DiagnosticsDoc, "^## (NEG[0-9]{4}):", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code).OrderBy(c => c, System.StringComparer.Ordinal), documented.OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Every_descriptor_has_a_factory_of_its_name()
    {
        var factories = typeof(DiagnosticCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.ReturnType == typeof(Diagnostic))
            .Select(method => method.Name)
            .ToHashSet();
        var descriptors = typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => field.Name)
            .ToList();

        Assert.All(descriptors, name => Assert.EndsWith("Descriptor", name, System.StringComparison.Ordinal));
        var withoutFactory = descriptors.Select(name => name[..^"Descriptor".Length]).Where(name => !factories.Contains(name)).ToList();
        Assert.Equal(["UnpassableFileName"], withoutFactory); // NEG9015 is reported by the MSBuild targets, not by C#
    }

    [Fact]
    public void Every_property_key_is_documented()
    {
        var keys = typeof(DiagnosticProperties).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"| `{key}` |", DiagnosticsDoc, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Documented_titles_match_the_catalogue()
    {
        var doc = DiagnosticsDoc;
        foreach (var descriptor in DiagnosticCatalog.All)
            Assert.Contains($"## {descriptor.Code}: {descriptor.Title}\n", doc, System.StringComparison.Ordinal);
    }
}
