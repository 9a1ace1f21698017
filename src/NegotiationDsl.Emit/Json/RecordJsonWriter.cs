using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// Writes a compilation as one JSON document: its records (files) with their citations, actors, rounds of
/// talks, meetings, events (every statement and meeting, PLOVER-style, with CAMEO and PLOVER codes where
/// the project has fixed them), commitments and agreements (documents). The format is specified by
/// <c>docs/schema/negotiation-records.v2.schema.json</c> and explained in <c>docs/schema/README.md</c>.
/// </summary>
/// <remarks>
/// The output is deterministic: the same compilation gives the same bytes (declaration order, no clock,
/// no machine paths beyond the trees' own file paths, <c>\n</c> line ends, two-space indentation).
/// Strings are escaped with <see cref="JavaScriptEncoder.Default"/>: every character outside printable
/// ASCII, and every HTML-sensitive one (<c>&lt; &gt; &amp; ' + `</c>), is written as a <c>\uXXXX</c> escape, so
/// the document is pure ASCII, can be embedded in an HTML <c>script</c> element, and shows no raw
/// control, line-separator or bidirectional-override character; a JSON parser reads every string back
/// exactly. The one exception: a lone UTF-16 surrogate (which has no Unicode scalar value) is written as
/// U+FFFD.
/// </remarks>
public static class RecordJsonWriter
{
    /// <summary>The <c>schemaVersion</c> of the documents written: major.minor (see docs/schema/README.md).</summary>
    public const string SchemaVersion = "2.0";

    public const string GeneratorName = "negc";

    /// <param name="compilation">The compilation to write; one with errors is written as far as it is bound.</param>
    /// <param name="compilationName">The name the document gives the compilation, usually its folder's name.</param>
    public static string Write(Compilation compilation, string compilationName) =>
        Write(compilation, compilationName, GeneratorVersion.Current);

    /// <summary>As <see cref="Write(Compilation, string)"/> with a given generator version (golden files do not change with each release).</summary>
    internal static string Write(Compilation compilation, string compilationName, string generatorVersion)
    {
        if (compilation is null) throw new ArgumentNullException(nameof(compilation));
        if (compilationName is null) throw new ArgumentNullException(nameof(compilationName));

        var context = new EmitContext(compilation);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions()))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteText("compilation", compilationName);
            json.WriteStartObject("generator");
            json.WriteString("name", GeneratorName);
            json.WriteText("version", generatorVersion);
            json.WriteEndObject();
            RecordSection.Write(json, context);
            ActorSection.Write(json, context);
            MeetingSection.WriteTalks(json, context);
            MeetingSection.WriteMeetings(json, context);
            EventSection.Write(json, context);
            CommitmentSection.Write(json, context);
            AgreementSection.Write(json, context);
            MilestoneSection.Write(json, context);
            ReplySection.Write(json, context);
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
#if !NET9_0_OR_GREATER
        // Before .NET 9 the writer indents with Environment.NewLine. No string holds a raw line break (the
        // encoder escapes them all), so this changes the indentation only.
        text = text.Replace("\r\n", "\n");
#endif
        return text + "\n";
    }

    private static JsonWriterOptions WriterOptions() => new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Default,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };
}
