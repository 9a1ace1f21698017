using System.Linq;
using System.Text;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

/// <summary>
/// Every hostile string, put into every place a record has free text (and into the file path and the
/// compilation name), comes back exactly from a JSON reader, except that a lone surrogate comes back as
/// U+FFFD; the document stays valid and pure printable ASCII.
/// </summary>
public sealed class RecordJsonInjectionTests
{
    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void A_hostile_string_round_trips_in_every_text_field(string name)
    {
        var hostile = HostileStrings.Named(name);
        var json = Write(hostile);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var expected = hostile.Expected;
        Assert.Equal(expected, root.GetProperty("compilation").GetString());
        var record = root.GetProperty("records")[0];
        // Relative to the compilation's folder: what follows the last '/' of records/<hostile>.neg.
        var path = "records/" + expected + ".neg";
        Assert.Equal(path.Substring(path.LastIndexOf('/') + 1), record.GetProperty("path").GetString());
        foreach (var part in new[] { "title", "publication", "url", "language" })
            Assert.Equal(expected, record.GetProperty("citation").GetProperty(part).GetString());

        var party = root.GetProperty("actors")[0];
        Assert.Equal(new[] { expected, expected, expected }, new[] { "name", "code" }.Select(p => party.GetProperty(p).GetString()).Append(party.GetProperty("aliases")[0].GetString()));
        var person = root.GetProperty("actors")[1];
        Assert.Equal(expected, person.GetProperty("name").GetString());
        Assert.Equal(expected, person.GetProperty("offices")[0].GetProperty("title").GetString());

        var talks = root.GetProperty("talks")[0];
        Assert.Equal(new[] { expected, expected, expected }, new[] { "title", "format", "source" }.Select(p => talks.GetProperty(p).GetString()));
        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal(new[] { expected, expected, expected }, new[] { "place", "format", "source" }.Select(p => meeting.GetProperty(p).GetString()));

        var events = root.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("kind").GetString()!);
        foreach (var part in new[] { "text", "quote", "source", "topic", "condition" })
            Assert.Equal(expected, events["statement"].GetProperty(part).GetString());
        Assert.Equal(expected, events["commitment"].GetProperty("after").GetProperty("text").GetString());
        Assert.Equal(expected, events["assessment"].GetProperty("text").GetString());
        Assert.Equal(expected, events["assessment"].GetProperty("target").GetProperty("text").GetString());
        Assert.Equal(expected, events["outcome"].GetProperty("text").GetString());
        Assert.Equal(expected, events["reportedSpeech"].GetProperty("reported").GetProperty("text").GetString());
        Assert.Equal(expected, events["meeting"].GetProperty("citation").GetProperty("title").GetString());

        var commitment = root.GetProperty("commitments")[0];
        Assert.Equal(expected, commitment.GetProperty("deliverable").GetString());
        Assert.Equal(expected, commitment.GetProperty("condition").GetString());
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void The_document_with_a_hostile_string_is_valid_and_printable_ascii(string name)
    {
        var json = Write(HostileStrings.Named(name));

        RecordSchema.AssertValid(json);
        Assert.All(json, c => Assert.True(c == '\n' || (c >= ' ' && c <= '~'), $"U+{(int)c:X4} written raw"));
        Assert.DoesNotContain("</", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", json, System.StringComparison.Ordinal);
    }

    /// <summary>A record that puts the string into every free-text place, compiled from UTF-8 bytes as a file would be.</summary>
    private static string Write(HostileString hostile)
    {
        var s = NegText.Quote(hostile.Value);
        var source = $$"""
            record {{s}} source {{s}} url {{s}} language {{s}} published 2022-01-21;
            party P state {{s}} code {{s}} aka {{s}};
            person Q {{s}} office {{s}} of P;
            t: talks {{s}} 2022-01-21 with P format {{s}} source {{s}} <
              m: meeting {{s}} 2022-01-21 with Q format {{s}} source {{s}} <
                Q says {{s}} quote {{s}} source {{s}} about {{s}} if {{s}};
                c: Q commits {{s}} to P by 2022-01-30 after {{s}} if {{s}};
                Q calls {{s}} {{s}};
                Q says P proposes {{s}};
                outcome {{s}};
              >
            >
            """;
        var bytes = Encoding.UTF8.GetBytes(source);
        Assert.Equal(source, Encoding.UTF8.GetString(bytes)); // no lone surrogate was left raw for UTF-8 to replace
        var tree = SyntaxTree.Parse(SourceText.From(bytes, "records/" + hostile.Value + ".neg"));
        Assert.Empty(tree.Diagnostics.Select(d => d.ToString()));

        return RecordJsonWriter.Write(Compilation.Create(new[] { tree }), hostile.Value);
    }
}
