using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Golden;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Emit;

public sealed class RecordJsonWriterTests
{
    /// <summary>What <c>generator.version</c> must say: the Emit assembly's informational version up to any <c>+</c>.</summary>
    public static string CurrentVersion =>
        typeof(RecordJsonWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        var compilation = RecordJsonSchemaTests.AllConstructs();

        var first = RecordJsonWriter.Write(compilation, "all-constructs");
        var second = RecordJsonWriter.Write(compilation, "all-constructs");
        var fromFreshCompilation = RecordJsonWriter.Write(RecordJsonSchemaTests.AllConstructs(), "all-constructs");

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(first), System.Text.Encoding.UTF8.GetBytes(second));
        Assert.Equal(first, fromFreshCompilation);
    }

    [Fact]
    public void Lines_end_with_line_feeds_and_the_document_ends_with_one()
    {
        var json = RecordJsonWriter.Write(RecordJsonSchemaTests.AllConstructs(), "all-constructs");

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, System.StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": \"2.0\",\n", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_version_is_the_informational_version_without_build_metadata()
    {
        using var document = JsonDocument.Parse(RecordJsonWriter.Write(Compile("party P;"), "x"));
        var generator = document.RootElement.GetProperty("generator");

        Assert.Equal("negc", generator.GetProperty("name").GetString());
        Assert.Equal(CurrentVersion, generator.GetProperty("version").GetString());
        Assert.DoesNotContain('+', CurrentVersion);
    }

    [Fact]
    public void Unlabelled_items_are_named_by_their_meeting_or_file_their_kind_and_their_ordinal_there()
    {
        var root = Json(Compile("""
            party P;
            P says "a"; P says "b";
            P says "c";
            l: P says "d";
            P demands "e";
            meeting M 2022-01-21 < P says "f"; P says "g"; >
            m: meeting M < P says "h"; >
            meeting M 2022-01-21 < P says "i"; >
            """, "some/folder/file.neg"));

        Assert.Equal(new[] { "file-statement-1", "file-statement-2", "file-statement-3", "l", "file-demand-1",
            "M-2022-01-21", "M-2022-01-21-statement-1", "M-2022-01-21-statement-2", "m", "m-statement-1",
            "M-2022-01-21-2", "M-2022-01-21-2-statement-1" }, Ids(root, "events"));
    }

    [Fact]
    public void A_duplicate_label_keeps_the_first_and_gives_the_second_a_made_name()
    {
        var root = Json(Compile("""
            party P;
            x: P says "first";
            x: P says "second";
            P calls x "good";
            """, "a.neg"));

        Assert.Equal(new[] { "x", "a-statement-2", "a-assessment-1" }, Ids(root, "events"));
        Assert.Equal("x", root.GetProperty("events")[2].GetProperty("target").GetProperty("id").GetString());
    }

    [Fact]
    public void Every_id_the_document_refers_to_is_declared_in_it()
    {
        var documents = ExampleGoldenTests.Folders().Select(row => (string)row[0]).ToDictionary(folder => System.IO.Path.GetFileName(folder), folder => Json(ExampleGoldenTests.Compile(folder)));
        foreach (var root in documents.Values)
        {
            // An id of another folder of the archive is that folder's own id for it, after the folder and a slash.
            HashSet<string> Declared(string section) => Ids(root, section).Concat(documents.SelectMany(other => Ids(other.Value, section).Select(id => other.Key + "/" + id))).ToHashSet();
            var actors = Declared("actors");
            var events = Declared("events");
            var meetings = Declared("meetings");
            var talks = Declared("talks");

            Assert.Equal(Ids(root, "events").Count, Ids(root, "events").ToHashSet().Count);
            Assert.Subset(events, Ids(root, "meetings").ToHashSet());
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                Assert.Subset(actors, Strings(e, "actors", "recipients", "addressees", "via").ToHashSet());
                Assert.Subset(events, Strings(e, "references", "meeting").ToHashSet());
                Assert.Subset(talks, Strings(e, "talks").ToHashSet());
            }

            foreach (var c in root.GetProperty("commitments").EnumerateArray())
            {
                Assert.Subset(events, Strings(c, "id", "statement").Concat(c.GetProperty("events").EnumerateArray().SelectMany(x => Strings(x, "statement"))).ToHashSet());
                Assert.Subset(actors, Strings(c, "debtors", "creditors").ToHashSet());
            }

            Assert.DoesNotContain(meetings.Except(events), id => !id.Contains('/'));
        }
    }

    [Fact]
    public void A_meeting_is_also_a_consult_event_with_its_participants_as_actors()
    {
        var root = Json(Compile("""
            record "r" published 2022-01-21;
            party A; party B;
            g: talks "round" 2022-01-20..2022-01-22 < geneva: meeting Geneva 2022-01-21 with A, B format bilateral < > >
            """));

        var meeting = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal("geneva", meeting.GetProperty("id").GetString());
        Assert.Equal("meeting", meeting.GetProperty("kind").GetString());
        Assert.Equal(new[] { "A", "B" }, Strings(meeting, "actors"));
        Assert.Equal("CONSULT", meeting.GetProperty("plover").GetProperty("eventType").GetString());
        Assert.Equal("040", meeting.GetProperty("cameo").GetString());
        Assert.Equal("geneva", meeting.GetProperty("meeting").GetString());
        Assert.Equal("g", meeting.GetProperty("talks").GetString());
        Assert.Equal("2022-01-21", meeting.GetProperty("date").GetString());
    }

    [Fact]
    public void A_reported_act_is_coded_on_the_nested_object_and_the_report_is_not_coded()
    {
        var root = Json(Compile("""
            record "r" published 2022-01-21;
            party West; person Ryabkov;
            d: West demands "x";
            Ryabkov says West rejects d if "asked";
            """));

        var report = root.GetProperty("events")[1];
        Assert.Equal("reportedSpeech", report.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("plover").ValueKind);
        Assert.Empty(Strings(report, "auxiliary"));
        var reported = report.GetProperty("reported");
        Assert.Equal("rejection", reported.GetProperty("kind").GetString());
        Assert.Equal(new[] { "West" }, Strings(reported, "actors"));
        Assert.Equal(new[] { "d" }, Strings(reported, "references"));
        Assert.Equal("REJECT", reported.GetProperty("plover").GetProperty("eventType").GetString());
        Assert.Equal("120", reported.GetProperty("cameo").GetString());
        Assert.Equal(new[] { "hypothetical" }, Strings(reported, "auxiliary"));
    }

    [Theory]
    [InlineData("A expects no \"breakthroughs\";", "future,negated")]
    [InlineData("outcome no \"agreement\";", "negated")]
    [InlineData("A commits \"x\" if \"y\";", "future,hypothetical")]
    [InlineData("A says \"x\";", "")]
    [InlineData("A demands \"x\" if \"y\";", "hypothetical")]
    public void Auxiliary_modes_come_from_the_syntax(string statement, string modes)
    {
        var root = Json(Compile("party A;\n" + statement));

        Assert.Equal(modes, string.Join(",", Strings(root.GetProperty("events")[0], "auxiliary")));
    }

    [Fact]
    public void Talks_keep_their_time_duration_and_source_and_meetings_their_source()
    {
        var root = Json(Compile("""
            record "r" published 2022-01-21;
            talks "round" 2022-01-21 at 09:30 2d source "talks source" < meeting Vienna 2022-01-21 90min source "meeting source" < > >
            """));

        var talks = root.GetProperty("talks")[0];
        Assert.Equal("09:30", talks.GetProperty("localTime").GetString());
        Assert.Equal(2880, talks.GetProperty("durationMinutes").GetDouble());
        Assert.Equal("talks source", talks.GetProperty("source").GetString());
        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal(90, meeting.GetProperty("durationMinutes").GetDouble());
        Assert.Equal("meeting source", meeting.GetProperty("source").GetString());
        Assert.Equal("meeting source", root.GetProperty("events")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void An_overnight_meeting_and_a_zoned_statement_carry_instants_with_offset_zone_and_local_date()
    {
        var root = Json(Compile("""
            party A;
            meeting Minsk 2015-02-11 at 19:00..2015-02-12 at 10:45 Europe/Minsk < A says "begun" on 2015-02-12 at 09:00; >
            A says "ceasefire" on 2015-02-15 at 00:00 Europe/Kyiv;
            A says "local" on 2015-02-15 at 08:00;
            """));

        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal("2015-02-11T19:00+03:00", meeting.GetProperty("startTime").GetProperty("instant").GetString());
        Assert.Equal("2015-02-12", meeting.GetProperty("endTime").GetProperty("localDate").GetString());
        Assert.Equal("Europe/Minsk", meeting.GetProperty("timeZone").GetString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("2015-02-12T09:00+03:00", events[1].GetProperty("startTime").GetProperty("instant").GetString());
        var ceasefire = events[2];
        Assert.Equal("2015-02-15", ceasefire.GetProperty("date").GetString());
        Assert.Equal("2015-02-15T00:00+02:00", ceasefire.GetProperty("startTime").GetProperty("instant").GetString());
        Assert.Equal("Europe/Kyiv", ceasefire.GetProperty("startTime").GetProperty("timeZone").GetString());
        Assert.Equal(JsonValueKind.Null, ceasefire.GetProperty("endTime").ValueKind);
        var local = events[3].GetProperty("startTime");
        Assert.Equal(JsonValueKind.Null, local.GetProperty("instant").ValueKind);
        Assert.Equal("2015-02-15T08:00", local.GetProperty("local").GetString());
    }

    [Fact]
    public void A_compilation_with_errors_is_written_and_stays_valid()
    {
        var compilation = Compile("""
            x: Nobody says "unknown actor";
            x: Nobody says "duplicate label";
            party P;
            c: P commits "something" by soon;
            d: P commits "else" by 2022-02-30;
            meeting Geneva 2022-13 at 25:99 0h with Ghost < P says "x" on next_week; >
            P fulfils c;
            P breaks missing;
            """);
        Assert.NotEmpty(compilation.GetDiagnostics());

        var json = RecordJsonWriter.Write(compilation, "broken");

        RecordSchema.AssertValid(json);
        var root = Json(compilation);
        Assert.True(root.GetProperty("commitments")[0].GetProperty("deadlineUnresolved").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("records")[0].GetProperty("citation").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("meetings")[0].GetProperty("date").ValueKind);
    }

    [Fact]
    public void Dates_are_iso_intervals_with_their_precision()
    {
        var root = Json(Compile("""
            record "r" published 2022-01-21;
            party A;
            meeting Geneva 2022-01-21 < w: A commits "x" by next_week; >
            A says "y" on 2022-01;
            """));

        var commitment = root.GetProperty("events")[1];
        Assert.Equal("2022-01-24", commitment.GetProperty("deadline").GetProperty("start").GetString());
        Assert.Equal("2022-01-30", commitment.GetProperty("deadline").GetProperty("end").GetString());
        Assert.Equal("week", commitment.GetProperty("deadline").GetProperty("precision").GetString());
        var monthly = root.GetProperty("events")[2];
        Assert.Equal(new[] { "2022-01-01", "2022-01-31", "month" }, new[] { "date", "enddate", "datePrecision" }.Select(p => monthly.GetProperty(p).GetString()));
    }

    internal static Compilation Compile(string text, string path = "test.neg") =>
        Compilation.Create(new[] { SyntaxTree.ParseText(text, path) });

    private static JsonElement Json(Compilation compilation) =>
        JsonDocument.Parse(RecordJsonWriter.Write(compilation, "test")).RootElement;

    private static List<string> Ids(JsonElement root, string section) =>
        root.GetProperty(section).EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();

    /// <summary>The strings of the named properties, each a string, an array of strings, or null (skipped).</summary>
    private static IEnumerable<string> Strings(JsonElement element, params string[] properties) =>
        properties.Select(element.GetProperty).SelectMany(value => value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(item => item.GetString()!),
            JsonValueKind.String => new[] { value.GetString()! },
            _ => Enumerable.Empty<string>(),
        });
}
