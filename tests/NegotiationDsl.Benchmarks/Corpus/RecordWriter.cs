using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// Writes one record: a header, a round of talks with two nested meetings, two further meetings and the
/// follow-up statements. Labels carry the record's number, so they are unique in the folder.
/// </summary>
internal sealed class RecordWriter
{
    private static readonly string[] Topics =
    [
        "security guarantees", "the ceasefire line", "prisoner exchanges", "grain exports through the straits",
        "the withdrawal of heavy weapons", "sanctions relief", "the nuclear programme", "border demarcation",
        "humanitarian corridors", "the monitoring mission", "energy transit", "the status of the enclave",
    ];

    private static readonly string[] Deliverables =
    [
        "a written response to the proposals on {0}", "a draft framework agreement on {0}",
        "to convene a working group on {0}", "to publish the findings of the joint commission on {0}",
        "to exchange lists of experts on {0}", "a road map for {0}",
    ];

    private static readonly string[] Deadlines =
    [
        "next_week", "next_month", "coming_days", "coming_weeks", "soon", "in 3 weeks", "{end}", "{month}", "{week}",
        "next_year", "this_year", "in 2 months", "in 1 year",
    ];

    private readonly Cast _cast;
    private readonly Random _random;
    private readonly int _number;
    private readonly DateTime _date;
    private readonly StringBuilder _text = new();
    private readonly List<(string Label, string Debtor)> _commitments = [];
    private readonly List<string> _demands = [];
    private int _labels;

    public RecordWriter(Cast cast, Random random, int folder, int record)
    {
        _cast = cast;
        _random = random;
        _number = record;
        // Records of a folder follow each other by about a month, folders start a week apart.
        _date = new DateTime(2012, 1, 2, 0, 0, 0, DateTimeKind.Unspecified).AddDays((folder * 7) % 3000 + record * 31);
    }

    /// <summary>The commitments <see cref="Write"/> left open (neither fulfilled, broken nor withdrawn): a later record may settle them.</summary>
    public IEnumerable<OpenCommitment> OpenCommitments
    {
        get
        {
            for (var i = 0; i < _commitments.Count; i++)
            {
                if (Settlement(i).Length == 0) yield return new OpenCommitment(_commitments[i].Label, _commitments[i].Debtor, _number, _date);
            }
        }
    }

    public string Write()
    {
        var topic = Pick(Topics);
        _text.Append("/*\n * Record ").Append(_number).Append(": talks on ").Append(topic).Append(".\n")
            .Append(" * Synthetic benchmark record; every construct of the language appears at least once.\n */\n\n");
        _text.Append("record \"Envoys resume talks on ").Append(topic).Append("\"\n    source \"Northern Wire\" graded B2 published ")
            .Append(Day(0)).Append(" url \"https://example.org/wire/").Append(_number).Append("?lang=en&amp=1\" language \"en\";\n\n");

        WriteTalks(topic);
        WriteMeeting(topic, 3, "bilateral");
        WriteMeeting(topic, 5, "\"working lunch\"");
        WriteFollowUp(topic);
        WriteAgreements(topic);
        return _text.ToString();
    }

    private void WriteTalks(string topic)
    {
        var talks = Label("talks");
        _text.Append(talks).Append(": talks \"Round ").Append(_number + 1).Append(" on ").Append(topic).Append("\" ")
            .Append(Day(0)).Append("..").Append(Day(2)).Append(" with ").Append(_cast.States[0]).Append(", ")
            .Append(_cast.States[1]).Append(", ").Append(_cast.Alliance).Append(" <\n");
        _text.Append("  meeting ").Append(Place()).Append(' ').Append(Day(0)).Append(" at 10:30 Europe/Vienna about 2h with ")
            .Append(_cast.States[0]).Append(", ").Append(_cast.States[1]).Append(" role chair ").Append(_cast.States[0]).Append(" format \"plenary\" <\n");
        WriteStatements(topic, 9, [_cast.States[0], _cast.States[1]]);
        _text.Append("  >\n");
        _text.Append("  meeting \"Palais des Nations, Room XVII\" ").Append(Day(1)).Append(" 90min at 15:00 with ")
            .Append(_cast.States[1]).Append(", ").Append(_cast.Alliance).Append(" format \"expert level\" source \"Delegation readout\" < >\n");
        WriteStatements(topic, 10, [_cast.States[0], _cast.States[1], _cast.Alliance]);
        _text.Append("  outcome no \"agreement on ").Append(topic).Append("\" about \"the sequencing of steps\";\n");
        _text.Append(">\n\n");
        _text.Append(_cast.Persons[2].Id).Append(" calls ").Append(talks).Append(" \"constructive but difficult\" on ").Append(Day(3)).Append(";\n\n");
    }

    private void WriteMeeting(string topic, int offset, string format)
    {
        var meeting = Label("meeting");
        var first = _cast.Persons[_random.Next(6)];
        var second = _cast.Persons[6 + _random.Next(6)];
        _text.Append("// ").Append(first.Id).Append(" and ").Append(second.Id).Append(" meet; the readout gives the length.\n");
        _text.Append(meeting).Append(": meeting ").Append(Place()).Append(' ').Append(Day(offset)).Append(" 1.5h with ")
            .Append(first.Id).Append(", ").Append(second.Id).Append(" format ").Append(format)
            .Append("\n    delegation ").Append(first.Party).Append(' ').Append(first.Id).Append(" led by ").Append(first.Id).Append(" <\n");
        WriteStatements(topic, 15, [first.Id, second.Id]);
        _text.Append("  ").Append(first.Id).Append(" calls ").Append(meeting).Append(" \"frank and useful\";\n");
        _text.Append(">\n\n");
    }

    private void WriteStatements(string topic, int count, string[] participants)
    {
        for (var i = 0; i < count; i++)
        {
            var speaker = _random.Next(participants.Length);
            var actor = participants[speaker];
            var counterpart = participants[(speaker + 1) % participants.Length];
            _text.Append("  ");
            switch ((i + _number) % 13)
            {
                case 0:
                    Commit(actor, counterpart, topic);
                    break;
                case 1:
                    var demand = Label("demand");
                    _demands.Add(demand);
                    _text.Append(demand).Append(": ").Append(actor).Append(" demands \"guarantees on ").Append(topic)
                        .Append(" before any further round\" of ").Append(counterpart).Append(";\n");
                    break;
                case 2:
                    _text.Append(counterpart).Append(" rejects ").Append(_demands.Count > 0 ? _demands[^1] : "\"the proposed timetable\"")
                        .Append("\n      quote \"We cannot accept preconditions of this kind.\";\n");
                    break;
                case 3:
                    _text.Append(actor).Append(" says ").Append(counterpart).Append(" commits \"to consider the proposals on ")
                        .Append(topic).Append("\" by next_month;\n");
                    break;
                case 4:
                    _text.Append(actor).Append(" proposes \"a joint working group on ").Append(topic).Append("\" to ").Append(counterpart)
                        .Append(Spokesperson(actor)).Append(";\n");
                    break;
                case 5:
                    _text.Append(actor).Append(" and ").Append(counterpart).Append(" agree \"to meet again at expert level\" about \"")
                        .Append(topic).Append("\";\n");
                    break;
                case 6:
                    _text.Append(actor).Append(" asks \"clarifying questions\" of ").Append(counterpart).Append(" about \"the draft text\";\n");
                    break;
                case 7:
                    _text.Append(actor).Append(" expects no \"breakthrough at this round\";\n");
                    break;
                case 8:
                    _text.Append(actor).Append(" hopes \"to receive answers\" about \"").Append(topic).Append("\";\n");
                    break;
                case 9:
                    _text.Append(actor).Append(" denies \"any plan to walk away from the talks\" quote \"Мы остаёмся за столом.\";\n");
                    break;
                case 10:
                    _text.Append(actor).Append(" confirms \"receipt of the \\\"non-paper\\\" on ").Append(topic).Append("\";\n");
                    break;
                case 11:
                    _text.Append(actor).Append(" offers \"technical assistance with ").Append(topic).Append("\" to ").Append(counterpart)
                        .Append(" if \"the ceasefire holds\";\n");
                    break;
                default:
                    _text.Append(actor).Append(" says \"the parties made progress on ").Append(topic)
                        .Append(", although differences remain\"\n      source \"press conference\" disputed by \"state news agency\" graded C3\n      amount about 5000 prisoners amount USD 1.5 billion \"in aid\";\n");
                    break;
            }
        }
    }

    private void Commit(string actor, string counterpart, string topic)
    {
        var label = Label("pledge");
        _commitments.Add((label, actor));
        // Cycled, not random, so that every folder uses every form.
        var deadline = Deadlines[((_number * 4) + _commitments.Count) % Deadlines.Length]
            .Replace("{end}", Day(40), StringComparison.Ordinal)
            .Replace("{month}", _date.AddMonths(2).ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{week}", IsoWeek(_date.AddDays(60)), StringComparison.Ordinal);
        if (_commitments.Count % 5 == 4)
        {
            // The other way to give a deadline: an offset clause instead of `by`.
            deadline = "";
        }

        _text.Append(label).Append(": ").Append(actor).Append(" commits\n      \"")
            .Append(string.Format(CultureInfo.InvariantCulture, Pick(Deliverables), topic)).Append("\"\n      to ").Append(counterpart)
            .Append(deadline.Length == 0 ? " within 2 weeks" : " by " + deadline).Append(" after \"consultations with partners\"\n      quote \"We will come back with a written answer, as promised.\";\n");
    }

    private void WriteFollowUp(string topic)
    {
        _text.Append("// ---- Follow-up ----------------------------------------------------------------\n");
        for (var i = 0; i < _commitments.Count; i++)
        {
            var verb = Settlement(i);
            if (verb.Length == 0) continue;
            _text.Append(_commitments[i].Debtor).Append(' ').Append(verb).Append(' ').Append(_commitments[i].Label).Append(" on ").Append(Day(6))
                .Append("\n    source \"Ministry statement\";\n");
        }

        // A maintenance obligation with a violation reported by a third state, and a prohibition.
        var truce = "truce_" + _number.ToString(CultureInfo.InvariantCulture);
        _text.Append(truce).Append(": ").Append(_cast.States[0]).Append(", ").Append(_cast.States[1]).Append(" commit to keep \"a truce on ").Append(topic)
            .Append("\" from ").Append(Day(6)).Append(" until ").Append(Day(30)).Append(";\n");
        _text.Append(_cast.States[2]).Append(" says ").Append(_cast.States[1]).Append(" violates ").Append(truce).Append(" on ").Append(Day(7)).Append(";\n");
        _text.Append(_cast.States[0]).Append(" commits not to \"raise tariffs on ").Append(topic).Append("\" on ").Append(Day(6)).Append(";\n");
        // An offer answered without a decision, then accepted; a proposal rejected in reported speech.
        var offer = "offer_" + _number.ToString(CultureInfo.InvariantCulture);
        var proposal = "proposal_" + _number.ToString(CultureInfo.InvariantCulture);
        _text.Append(offer).Append(": ").Append(_cast.States[1]).Append(" offers \"a working group on ").Append(topic).Append("\" to ").Append(_cast.States[0]).Append(" on ").Append(Day(6)).Append(";\n");
        _text.Append(proposal).Append(": ").Append(_cast.States[0]).Append(" proposes \"a moratorium on ").Append(topic).Append("\" on ").Append(Day(6)).Append(";\n");
        _text.Append(_cast.States[0]).Append(" answers ").Append(offer).Append(" on ").Append(Day(7)).Append(";\n");
        _text.Append(_cast.States[0]).Append(" accepts ").Append(offer).Append(" on ").Append(Day(8)).Append(";\n");
        _text.Append(_cast.States[2]).Append(" says ").Append(_cast.States[1]).Append(" rejects ").Append(proposal).Append(" on ").Append(Day(8)).Append(";\n");
        _text.Append(_cast.Persons[0].Id).Append(" says ").Append(_cast.Bloc).Append(" rejects \"the linkage between ").Append(topic)
            .Append(" and sanctions\" on ").Append(Day(7)).Append(";\n");
        _text.Append(_cast.States[2]).Append(" hopes \"to resume talks on ").Append(topic).Append(" in 2 weeks\" on ").Append(Day(8))
            .Append(" about \"the next round\";\n");
        // Date words relative to the record's publication date.
        _text.Append(_cast.States[4]).Append(" expects \"an answer\" by tomorrow on today;\n");
        _text.Append(_cast.States[5]).Append(" says \"the working group met\" on yesterday;\n");
        _text.Append(_cast.States[4]).Append(" confirms \"the exchange of notes\" on last_week;\n");
        _text.Append(_cast.States[5]).Append(" says \"the experts met twice\" on last_month;\n");
        _text.Append(_cast.States[1]).Append(" hopes \"for progress\" by this_week;\n");
        // A folder of a thousand records runs past the envoy's term, after which the office would be an error (NEG5051).
        var capacity = _date.AddDays(9) <= ActorDeclaration.EnvoyTermEnds ? " as \"Special Envoy\"" : "";
        _text.Append("Secretariat says \"both delegations received the draft\" via Envoy").Append(capacity).Append(" on ").Append(Day(9)).Append(";\n");
        _text.Append(_cast.States[2]).Append(" expects \"a new round\" by this_month;\n");
        _text.Append(_cast.States[3]).Append(" says \"trade fell\" on last_year;\n");
        _text.Append("Secretariat confirms \"the venue of the next round\" on ").Append(Day(9)).Append(" to ").Append(_cast.Ministry).Append(";\n");
        _text.Append(_cast.States[3]).Append(" says \"a new round is planned\" on ").Append(Day(9)).Append(" after 2 days ago;\n\n");
    }

    /// <summary>An accord through its whole life, and a resolution adopted and terminated: every agreement statement once.</summary>
    private void WriteAgreements(string topic)
    {
        var accord = Label("accord");
        var resolution = Label("resolution");
        var report = Label("report");
        var (first, second) = (_cast.States[0], _cast.States[1]);
        _text.Append("// ---- Agreements ---------------------------------------------------------------\n");
        _text.Append(accord).Append(": agreement \"Interim accord on ").Append(topic).Append("\" kind memorandum stage framework term 6 months\n")
            .Append("    source \"Joint communiqué\";\n");
        _text.Append(resolution).Append(": agreement \"Resolution on ").Append(topic).Append("\" kind resolution;\n");
        _text.Append(first).Append(" signs ").Append(accord).Append(" for ").Append(first).Append(" on ").Append(Day(4)).Append(";\n");
        _text.Append(second).Append(" signs ").Append(accord).Append(" on ").Append(Day(4)).Append(";\n");
        _text.Append(_cast.States[2]).Append(" witnesses ").Append(accord).Append(" on ").Append(Day(4)).Append(";\n");
        _text.Append(_cast.States[3]).Append(" guarantees ").Append(accord).Append(" on ").Append(Day(4)).Append(";\n");
        _text.Append(first).Append(" ratifies ").Append(accord).Append(" on ").Append(Day(5)).Append(";\n");
        _text.Append(accord).Append(" enters into force on ").Append(Day(5)).Append(";\n");
        _text.Append(report).Append(": ").Append(first).Append(" commits \"to report on the implementation\" under ").Append(accord)
            .Append(" on ").Append(Day(5)).Append(" within 3 months;\n");
        _text.Append(second).Append(" extends ").Append(accord).Append(" for 3 months on ").Append(Day(6)).Append(";\n");
        _text.Append(first).Append(" renews ").Append(accord).Append(" until ").Append(Day(400)).Append(" on ").Append(Day(7)).Append(";\n");
        _text.Append(second).Append(" suspends ").Append(accord).Append(" on ").Append(Day(8)).Append(";\n");
        _text.Append(second).Append(" resumes ").Append(accord).Append(" on ").Append(Day(9)).Append(";\n");
        _text.Append("Secretariat adopts ").Append(resolution).Append(" on ").Append(Day(3)).Append(";\n");
        _text.Append(second).Append(" terminates ").Append(resolution).Append(" on ").Append(Day(9)).Append(";\n");
        WriteMilestones(topic, report);
    }

    /// <summary>Milestones: one counted from the accord's report, one that happens and one that does not.</summary>
    private void WriteMilestones(string topic, string report)
    {
        var (review, round, visit) = (Label("review"), Label("round"), Label("visit"));
        _text.Append(review).Append(": milestone \"The review of the accord on ").Append(topic).Append("\" after ").Append(report).Append(" in 30 days;\n");
        _text.Append(round).Append(": milestone \"The next round on ").Append(topic).Append("\" on ").Append(Day(9)).Append(";\n");
        _text.Append(visit).Append(": milestone \"The experts' visit\" on ").Append(Day(8)).Append(";\n");
        _text.Append(round).Append(" happens on ").Append(Day(9)).Append(";\n");
        _text.Append(visit).Append(" fails on ").Append(Day(8)).Append(";\n\n");
    }

    /// <summary>How the record itself settles its commitment number <paramref name="index"/>; empty: it stays open.</summary>
    private static string Settlement(int index) => (index % 4) switch { 0 => "fulfils", 1 => "breaks", 2 => "withdraws", _ => "" };

    /// <summary>A party may speak through one of its persons; a person speaks for themselves.</summary>
    private string Spokesperson(string actor)
    {
        foreach (var person in _cast.Persons)
        {
            if (person.Party == actor) return " via " + person.Id;
        }

        return "";
    }

    private static string IsoWeek(DateTime date) =>
        ISOWeek.GetYear(date).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(date).ToString("D2", CultureInfo.InvariantCulture);

    private string Label(string kind) => kind + "_" + _number.ToString(CultureInfo.InvariantCulture) + "_" + (_labels++).ToString(CultureInfo.InvariantCulture);

    private string Day(int offset) => _date.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Place() => Pick(["Geneva", "Vienna", "\"Hotel Intercontinental, Geneva\"", "Helsinki", "\"Villa Borghese, Rome\""]);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}

/// <summary>A commitment record number <paramref name="Record"/> leaves open, made by <paramref name="Debtor"/> at a meeting of the record dated from <paramref name="RecordDate"/>.</summary>
internal sealed record OpenCommitment(string Label, string Debtor, int Record, DateTime RecordDate);
