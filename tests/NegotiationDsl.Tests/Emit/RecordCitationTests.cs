using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Model;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>The C# model, the JSON document and the reports cite a record alike: all read the file's record symbol.</summary>
public sealed class RecordCitationTests
{
    // Each part is the first value the file writes, reading its headers in order (docs/language.md, section 5).
    private const string TwoHeaders = """
        record "First title" url "https://example.org/first";
        record "Second title" source "TASS" published 2022-01-21 language "ru" url "https://example.org/second";
        party Russia state;
        Russia says "talks go on";
        """;

    private const string NoHeader = """
        party USA state;
        USA says "written response next week" on 2022-01-21;
        """;

    private static readonly string[] Expected =
    [
        "a.neg|First title|TASS|https://example.org/first|ru|2022-01-21..2022-01-21",
        "b.neg|-|-|-|-|-",
    ];

    [Fact]
    public void The_csharp_model_the_json_and_the_report_cite_a_folder_with_two_headers_alike()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText(TwoHeaders, "a.neg"), SyntaxTree.ParseText(NoHeader, "b.neg")]);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        Assert.Equal(Expected, FromCSharp(compilation));
        Assert.Equal(Expected, FromJson(compilation));
        Assert.Equal(Expected, FromReport(compilation));
    }

    private static IEnumerable<string> FromCSharp(Compilation compilation)
    {
        var (diagnostics, assembly) = GeneratedCode.Compile(CSharpModelEmitter.Emit(compilation, "two-headers"));
        Assert.Empty(diagnostics.Select(diagnostic => diagnostic.ToString()));
        var sources = (IReadOnlyList<RecordSource>)GeneratedCode.Field(assembly!, "TwoHeaders.Sources.All")!;
        return sources.Select(source => Line(source.Path, source.Title, source.Publication, source.Url, source.Language,
            source.Published is { } date ? $"{date.Start}..{date.End}" : null));
    }

    private static List<string> FromJson(Compilation compilation)
    {
        using var document = JsonDocument.Parse(RecordJsonWriter.Write(compilation, "two-headers"));
        return document.RootElement.GetProperty("records").EnumerateArray().Select(record =>
        {
            var citation = record.GetProperty("citation");
            string? Text(string name) => citation.ValueKind == JsonValueKind.Null ? null : citation.GetProperty(name).GetString();
            var published = citation.ValueKind == JsonValueKind.Null || citation.GetProperty("published").ValueKind == JsonValueKind.Null
                ? null
                : citation.GetProperty("published").GetProperty("start").GetString() + ".." + citation.GetProperty("published").GetProperty("end").GetString();
            return Line(record.GetProperty("path").GetString(), Text("title"), Text("publication"), Text("url"), Text("language"), published);
        }).ToList();
    }

    private static IEnumerable<string> FromReport(Compilation compilation) =>
        ReportModel.Build(compilation, "two-headers").Records.Select(record => Line(record.FileName, record.Title, record.Source, record.Url, record.Language,
            record.Published is { } date ? $"{DateText(date.Start)}..{DateText(date.End)}" : null));

    private static string DateText(NodaTime.LocalDate date) => NegotiationDsl.Dates.DateInterval.Format(date);

    private static string Line(string? path, params string?[] parts) => string.Join("|", parts.Prepend(path).Select(part => part ?? "-"));
}
