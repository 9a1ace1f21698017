using System.Collections.Generic;
using System.Linq;
using NegotiationDsl.Cli.Output;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Emit;
using NegotiationDsl.Reports;
using NegotiationDsl.Reports.Archives;
using NegotiationDsl.Syntax;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Reports;

/// <summary>A small archive (a register, a track, its follow-up in another folder) and its report model, named by the run's name tables as negc names them.</summary>
internal static class ArchiveReportHelper
{
    public const string Actors =
        "record \"Register\";\n" +
        "party US state \"United States\" code \"USA\";\nparty Russia state \"Russian Federation\";\n" +
        "person Blinken \"Antony Blinken\" office \"Secretary of State\" of US from 2021-01-26;\n" +
        "person Lavrov \"Sergei Lavrov\" office \"Minister of Foreign Affairs\" of Russia from 2004-03-09;\n" +
        "Lavrov says \"an undated remark\";\n";

    public const string Geneva =
        "use \"../actors\";\nrecord \"Geneva talks\" published 2022-01-21;\n" +
        "meeting Geneva 2022-01-21 with Blinken, Lavrov <\n" +
        "  written_response: Blinken commits \"a written response\" to Russia by next_week quote \"We will put it in writing.\";\n" +
        "  Lavrov demands \"security guarantees\";\n" +
        ">\n" +
        "Lavrov commits \"an answer\" to US;\n";

    public const string FollowUp =
        "use \"../actors\";\nuse \"../geneva-2022\" as geneva;\nrecord \"Written response delivered\" published 2022-01-26;\n" +
        "Blinken fulfils geneva.written_response on 2022-01-26;\n" +
        "meeting Moscow 2022-02-01 with Lavrov <\n  Lavrov says \"we have read it\";\n>\n";

    public static Archive Create(params (string Path, string Text)[] files)
    {
        var archive = Archive.Create("/archive", files.Select(file => SyntaxTree.ParseText(file.Text, file.Path)));
        Assert.Empty(archive.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        return archive;
    }

    public static Archive Standard() => Create(
        ("/archive/actors/actors.neg", Actors),
        ("/archive/geneva-2022/geneva-2022.neg", Geneva),
        ("/archive/geneva-2022-followup/followup.neg", FollowUp));

    /// <summary>The model negc builds: folder reports named by <see cref="OutputNames"/>, actor pages by <see cref="CompilationNames.FileNames"/>.</summary>
    public static ArchiveReportModel Model(Archive archive, LocalDate? asOf = null)
    {
        var names = archive.Compilations.Zip(OutputNames.For(archive.Compilations)).ToDictionary(pair => pair.First, pair => pair.Second.Name);
        return ArchiveReportModel.Build(archive, "archive", compilation => names[compilation], CompilationNames.FileNames, asOf);
    }

    public static ArchivePage Page(ArchiveReportModel model, string path) => model.Pages.Single(page => page.Path == path);

    public static ArchivePage ActorPage(ArchiveReportModel model, string name) => model.Pages.Single(page => page.Actor?.Actor.Name == name);

    /// <summary>Every page in every format: (path with extension, text).</summary>
    public static IEnumerable<(string Path, string Text)> Written(ArchiveReportModel model) =>
        model.Pages.SelectMany(page => ReportFormats.All.Select(format => (page.Path + format.Extension, format.WritePage(page))));
}
