using System.Linq;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

internal static class BindingHelper
{
    public static Compilation Compile(params string[] files) =>
        Compilation.Create(files.Select((text, index) => SyntaxTree.ParseText(text, $"file{index}.neg")));

    /// <summary>
    /// Compiles the annotated text and checks that exactly the expected codes are reported, each at its
    /// marked span, in order. Unused-declaration infos (NEG2009) are ignored unless expected.
    /// </summary>
    public static void AssertDiagnostics(string annotated, params string[] expectedCodes)
    {
        var text = AnnotatedText.Parse(annotated);
        var compilation = Compile(text.Text);
        var actual = compilation.GetDiagnostics()
            .Where(d => d.Code != "NEG2009" || expectedCodes.Contains("NEG2009"))
            .OrderBy(d => d.Location.Span.Start)
            .ToList();

        var describe = string.Join("\n", actual.Select(d => $"{d.Code} {d.Location.Span} '{text.Text.Substring(d.Location.Span.Start, d.Location.Span.Length)}': {d.Message}"));
        Assert.True(expectedCodes.Length == actual.Count, $"Expected {expectedCodes.Length} diagnostic(s), got {actual.Count}:\n{describe}");
        Assert.Equal(expectedCodes.Length, text.Spans.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.True(expectedCodes[i] == actual[i].Code, $"Diagnostic {i}: expected {expectedCodes[i]}, got:\n{describe}");
            Assert.True(text.Spans[i] == actual[i].Location.Span, $"Diagnostic {i} ({actual[i].Code}): expected span {text.Spans[i]}, got {actual[i].Location.Span}:\n{describe}");
        }
    }

    public static Diagnostic Single(string text, string code) =>
        Assert.Single(Compile(text).GetDiagnostics(), d => d.Code == code);
}
