using System.Linq;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Agreements;

/// <summary>An agreement declared in one folder, whose life later folders record: its events and state are the same from every folder.</summary>
public sealed class AgreementArchiveTests
{
    private const string Actors = "party USA state;\nparty Russia state;\n";

    private const string Signing =
        "use \"../actors\";\nrecord \"Signing\" published 2010-04-08;\n" +
        "new_start: agreement \"New START\" kind treaty term 10 years;\nUSA and Russia sign new_start on 2010-04-08;\n";

    private const string Later =
        "use \"../actors\";\nuse \"../signing\" as signing;\nrecord \"Later\" published 2023-02-21;\n" +
        "signing.new_start enters into force on 2011-02-05;\nUSA and Russia extend signing.new_start for 5 years on 2021-02-03;\n" +
        "Russia suspends signing.new_start on 2023-02-21;\n" +
        "USA extends signing.new_start for 1 year on 2030-01-01;\n";

    private static Archive Create() => Archive.Create("/a", new[]
    {
        SyntaxTree.ParseText(Actors, "/a/actors/actors.neg"),
        SyntaxTree.ParseText(Signing, "/a/signing/signing.neg"),
        SyntaxTree.ParseText(Later, "/a/later/later.neg"),
    });

    [Fact]
    public void Events_written_in_a_later_folder_belong_to_the_agreement_in_its_own()
    {
        var archive = Create();
        var agreement = Assert.Single(archive.GetCompilation("/a/signing")!.Agreements);

        Assert.Equal(new[] { StatementKind.Signing, StatementKind.EntryIntoForce, StatementKind.Extension, StatementKind.Suspension, StatementKind.Extension },
            agreement.Events.Select(item => item.Kind));
        Assert.Equal(AgreementState.Suspended, agreement.GetState(new LocalDate(2023, 3, 1)));
        Assert.Equal("2026-02-05", NegotiationDsl.Dates.DateInterval.Format(agreement.GetDates(new LocalDate(2023, 3, 1)).TermEnd!.Value));
    }

    [Fact]
    public void A_check_that_needs_every_event_is_reported_in_the_folder_that_writes_the_event()
    {
        var archive = Create();

        var expired = Assert.Single(archive.GetDiagnostics(), d => d.Code == "NEG5009");
        Assert.EndsWith("later.neg", expired.Location.FilePath, System.StringComparison.Ordinal);
        Assert.Contains(archive.GetCompilation("/a/later")!.GetDiagnostics(), d => d.Code == "NEG5009");
        Assert.DoesNotContain(archive.GetCompilation("/a/signing")!.GetDiagnostics(), d => d.Code == "NEG5009");
    }
}
