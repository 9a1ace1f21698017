using Xunit;
using static NegotiationDsl.Tests.Binding.BindingHelper;

namespace NegotiationDsl.Tests.Agreements;

/// <summary>Each check on agreements, by its code, at its span.</summary>
public sealed class AgreementDiagnosticTests
{
    private const string Actors =
        "party USA state;\nparty Russia state;\nparty Ukraine state;\n" +
        "person Obama office \"President\" of USA from 2009-01-20 until 2017-01-20;\n" +
        "person Shoigu office \"Minister of Defence\" of Russia from 2012-11-06;\n" +
        "x: agreement term 120 days;\n";

    [Fact]
    public void NEG5001_an_unknown_kind_suggests_the_nearest() =>
        AssertDiagnostics("y: agreement kind [traety];", "NEG5001");

    [Fact]
    public void NEG5001_the_message_names_the_suggestion() =>
        Assert.Contains("did you mean 'treaty'?", Single("y: agreement kind traety;", "NEG5001").Message, System.StringComparison.Ordinal);

    [Fact]
    public void NEG5002_an_unknown_stage_suggests_the_nearest() =>
        Assert.Contains("did you mean 'comprehensive'?", Single("y: agreement stage comprehensiv;", "NEG5002").Message, System.StringComparison.Ordinal);

    [Fact]
    public void NEG5003_a_signatory_who_held_no_office_that_day() =>
        AssertDiagnostics(Actors + "[Obama] signs x on 2018-01-01;", "NEG5003");

    [Fact]
    public void NEG5004_a_signatory_for_a_party_they_do_not_represent() =>
        AssertDiagnostics(Actors + "[Shoigu] signs x for Ukraine on 2022-07-22;", "NEG5004");

    [Fact]
    public void NEG5004_not_reported_for_the_party_of_an_office_held() =>
        AssertDiagnostics(Actors + "Shoigu signs x for Russia on 2022-07-22;");

    [Fact]
    public void NEG5005_an_event_without_a_date() =>
        AssertDiagnostics(Actors + "USA [signs x];", "NEG5005");

    [Fact]
    public void NEG5006_an_event_before_the_signing() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nUSA suspends [x] on 2022-07-01;", "NEG5006");

    [Fact]
    public void NEG5007_entry_into_force_before_signing() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\n[x] enters into force on 2022-07-01;", "NEG5007");

    [Fact]
    public void NEG5008_an_event_after_the_termination() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nRussia terminates x on 2022-08-01;\nUSA extends [x] for 10 days on 2022-08-02;", "NEG5008");

    [Fact]
    public void NEG5009_an_extension_after_the_term_had_ended() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nUSA extends [x] for 120 days on 2022-12-01;", "NEG5009");

    [Fact]
    public void NEG5009_not_reported_for_an_extension_on_the_last_day() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nUSA extends x for 120 days on 2022-11-19;");

    [Fact]
    public void NEG5010_a_provision_due_before_the_signing() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nc: USA commits \"y\" under [x] by 2022-07-01 on 2022-06-01;", "NEG5010");

    [Fact]
    public void NEG5011_under_on_a_statement_that_is_no_commitment() =>
        AssertDiagnostics(Actors + "USA says \"y\" [under x] on 2022-07-22;", "NEG5011");

    [Fact]
    public void NEG5012_an_extension_without_a_length() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nUSA [extends x] on 2022-08-01;", "NEG5012");

    [Fact]
    public void NEG5013_a_clause_without_meaning_for_the_verb() =>
        AssertDiagnostics(Actors + "USA signs x [for 5 days] on 2022-07-22;\nUSA suspends x [for Russia] on 2022-08-01;", "NEG5013", "NEG5013");

    [Fact]
    public void NEG5015_an_extension_for_a_length_of_an_agreement_without_a_term()
    {
        const string Open = "party USA;\nparty Russia;\nopen: agreement \"Open-ended\";\nUSA signs open on 2022-07-22;\n";
        AssertDiagnostics(Open + "USA extends [open] for 5 years on 2023-01-01;", "NEG5015");
        AssertDiagnostics(Open + "USA renews [open] on 2023-01-01;", "NEG5015");
        AssertDiagnostics(Open + "USA extends open until 2030-01-01 on 2023-01-01;\nUSA extends open for 5 years on 2024-01-01;");
    }

    [Fact]
    public void NEG5014_a_resumption_without_a_suspension() =>
        AssertDiagnostics(Actors + "USA signs x on 2022-07-22;\nUSA resumes [x] on 2022-08-01;", "NEG5014");

    [Fact]
    public void An_event_names_an_agreement_and_an_agreement_is_the_subject_of_entering_into_force() =>
        AssertDiagnostics(Actors + "c: USA commits \"y\" on 2022-07-01;\nUSA signs [c] on 2022-07-22;\n[USA] enters into force on 2022-07-22;", "NEG2011", "NEG2011");
}
