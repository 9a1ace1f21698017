using System.Globalization;
using System.Linq;
using NegotiationDsl.Language;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>Statements, predicates, reported speech, clauses and dates: the second half of the grammar.</summary>
internal sealed partial class ProgramGenerator
{
    // The verbs whose object is a plain string, from the verb table, in both spellings; says first, since reported
    // speech takes the others (commits is generated with its label, the other verbs with their own objects).
    private static readonly string[] StringVerbs = Verbs.WithKeyword.Where(verb => verb.Object == VerbObject.TextOrReport)
        .Concat(Verbs.WithKeyword.Where(verb => verb.Object == VerbObject.Text && verb.Commitment == CommitmentEffect.None))
        .SelectMany(verb => new[] { verb.Singular, verb.Plural }).ToArray();
    private static readonly string[] ReportedVerbs = StringVerbs[2..];

    // The verbs whose object is an agreement (signs, extends, ...), in both spellings.
    private static readonly string[] AgreementVerbs = Verbs.WithKeyword.Where(verb => verb.Object == VerbObject.Agreement)
        .SelectMany(verb => new[] { verb.Singular, verb.Plural }).ToArray();

    // The language's tables, with a misspelling now and then (NEG5001, NEG5002).
    private static readonly string[] DocumentKinds = AgreementTables.Kinds.Select(kind => kind.Name).ToArray();
    private static readonly string[] Stages = AgreementTables.Stages.Select(stage => stage.Name).ToArray();

    /// <summary><c>x: agreement "title" kind treaty stage framework term 10 years source "...";</c>, its attributes in any order.</summary>
    private void AgreementDeclaration()
    {
        var label = _names.NewName("agreement");
        _out.Word(label).Punctuation(":").Word("agreement");
        if (!Chance(4)) _out.Literal(_names.Literal());
        foreach (var attribute in Shuffled(["kind", "stage", "term", "source"]))
        {
            if (Chance(2)) continue;
            _out.Word(attribute);
            // A misspelt kind or stage now and then (NEG5001, NEG5002), rarely enough that most programs stay error-free.
            if (attribute == "kind") _out.Word(Chance(20) ? "traety" : _names.Pick(DocumentKinds));
            else if (attribute == "stage") _out.Word(Chance(20) ? "comprehensiv" : _names.Pick(Stages));
            else if (attribute == "term") _out.Word(Count()).Word(Unit());
            else _out.Literal(_names.Literal(3));
        }

        End();
        _agreements.Add(label);
        _labels.Add(label);
    }
    private static readonly string[] Units = ["days", "day", "weeks", "week", "months", "month", "years", "year"];
    private static readonly string[] DateWords =
        ["today", "tomorrow", "yesterday", "this_week", "next_week", "last_week", "this_month", "next_month", "last_month", "this_year", "next_year", "last_year"];

    private void Statement(string indent)
    {
        _out.Raw(indent);
        if (Chance(12))
        {
            OutcomeStatement();
            return;
        }

        if (Chance(14))
        {
            MilestoneStatement();
            return;
        }

        var label = OptionalLabel("s");
        if (_milestones.Count > 0 && Chance(10))
        {
            // The milestone is the subject: `adoption_day happens on 2015-10-18;`, dated most of the time (NEG5034).
            _out.Word(_names.Pick(_milestones)).Word(_names.Pick(["happens", "happen", "fails", "fail"]));
            if (!Chance(4))
            {
                _out.Word("on");
                Date(allowRange: false);
            }

            End();
            if (label is not null) _labels.Add(label);
            return;
        }

        if (_agreements.Count > 0 && Chance(10))
        {
            // The agreement is the subject: `x enters into force on 2011-02-05;`
            _out.Word(_names.Pick(_agreements)).Word(Chance(2) ? "enters" : "enter").Word("into").Word("force");
            if (!Chance(8))
            {
                _out.Word("on");
                Date(allowRange: false);
            }

            Clause(PredicateKind.Other);
            End();
            if (label is not null) _labels.Add(label);
            return;
        }

        ActorList(_actors);
        var kind = Predicate(label);
        // An agreement's event needs a day (NEG5005); most say it, so most programs still reach the emitters.
        if (kind == PredicateKind.AgreementEvent && !Chance(8))
        {
            _out.Word("on");
            Date(allowRange: false);
        }

        var clauses = _random.Next(4);
        for (var i = 0; i < clauses; i++) Clause(kind);
        End();
        if (label is not null) _labels.Add(label);
    }

    private void OutcomeStatement()
    {
        var label = OptionalLabel("outcome");
        _out.Word("outcome");
        if (Chance(2)) _out.Word("no");
        _out.Literal(_names.Literal());
        var clauses = _random.Next(3);
        for (var i = 0; i < clauses; i++) Clause(PredicateKind.Other);
        End();
        if (label is not null) _labels.Add(label);
    }

    /// <summary><c>m: milestone "title" on DATE;</c> or <c>after LABEL in N unit</c>; now and then neither (NEG5029) or both (NEG5030).</summary>
    private void MilestoneStatement()
    {
        var label = _names.NewName("milestone");
        _out.Word(label).Punctuation(":").Word("milestone").Literal(_names.Literal());
        // Both forms at once (NEG5030) only rarely: a program with one error no longer reaches the emitters.
        var both = Chance(200);
        var onDay = both || Chance(2);
        if (onDay)
        {
            _out.Word("on");
            Date(allowRange: true);
        }

        if (!onDay && _labels.Count > 0 || both)
        {
            if (_labels.Count > 0) _out.Word("after").Word(_names.Pick(_labels));
            _out.Word(Chance(2) ? "in" : "within").Word(Count()).Word(Unit());
        }

        End();
        _milestones.Add(label);
        _labels.Add(label);
    }

    private PredicateKind Predicate(string? label)
    {
        switch (_random.Next(12))
        {
            case 0:
            case 1:
                _out.Word(Chance(2) ? "commits" : "commit");
                var lasting = ObligationKind();
                _out.Literal(_names.Literal());
                if (label is not null) _commitments.Add(label);
                return lasting ? PredicateKind.LastingCommitment : PredicateKind.Commitment;
            case 2 when _commitments.Count > 0:
                _out.Word(_names.Pick(["fulfils", "fulfills", "fulfil", "fulfill", "breaks", "break", "withdraws", "withdraw", "violates", "violate"]))
                    .Word(_names.Pick(_commitments));
                return PredicateKind.Event;
            case 3:
                _out.Word(Chance(2) ? "says" : "say");
                ActorList(_actors);
                Reported(label);
                return PredicateKind.Other;
            case 4:
                Call();
                return PredicateKind.Other;
            case 5:
                Reject();
                return PredicateKind.Other;
            case 7 when _agreements.Count > 0:
                _out.Word(_names.Pick(AgreementVerbs)).Word(_names.Pick(_agreements));
                return PredicateKind.AgreementEvent;
            case 6:
                _out.Word(Chance(2) ? "expects" : "expect");
                if (Chance(3)) _out.Word("no");
                _out.Literal(_names.Literal());
                return PredicateKind.Expectation;
            default:
                var verb = _names.Pick(StringVerbs);
                _out.Word(verb).Literal(_names.Literal());
                if (label is not null && (verb.StartsWith("demand", System.StringComparison.Ordinal) || verb.StartsWith("offer", System.StringComparison.Ordinal)
                    || verb.StartsWith("propos", System.StringComparison.Ordinal))) _demands.Add(label);
                return PredicateKind.Other;
        }
    }

    /// <summary><c>to keep</c> or <c>not to</c> after <c>commits</c>, now and then: true when written.</summary>
    private bool ObligationKind()
    {
        switch (_random.Next(6))
        {
            case 0:
                _out.Word("to").Word("keep");
                return true;
            case 1:
                _out.Word("not").Word("to");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reported speech nests one level and has no fulfil, break or withdraw (a violation may be reported).</summary>
    private void Reported(string? label)
    {
        switch (_random.Next(6))
        {
            case 0:
                _out.Word("commits");
                ObligationKind();
                _out.Literal(_names.Literal());
                if (label is not null) _commitments.Add(label);
                break;
            case 4 when _commitments.Count > 0 && Chance(2):
                _out.Word("violates").Word(_names.Pick(_commitments));
                break;
            case 1:
                Call();
                break;
            case 2:
                Reject();
                break;
            case 3:
                _out.Word("expects");
                if (Chance(2)) _out.Word("no");
                _out.Literal(_names.Literal());
                break;
            default:
                _out.Word(_names.Pick(ReportedVerbs)).Literal(_names.Literal());
                break;
        }
    }

    private void Call()
    {
        _out.Word(Chance(2) ? "calls" : "call");
        if (_labels.Count > 0 && Chance(2)) _out.Word(_names.Pick(_labels));
        else _out.Literal(_names.Literal(3));
        _out.Literal(_names.Literal(3));
    }

    private void Reject()
    {
        _out.Word(_names.Pick(["rejects", "reject", "refuses", "refuse", "accepts", "accept", "answers", "answer"]));
        if (_demands.Count == 0 || Chance(3))
        {
            _out.Literal(_names.Literal());
            return;
        }

        _out.Word(_names.Pick(_demands));
        var more = Chance(2) ? 0 : _random.Next(1, 3);
        for (var i = 0; i < more; i++) _out.Punctuation(",").Word(_names.Pick(_demands));
    }

    private void Clause(PredicateKind kind)
    {
        switch (_random.Next(18))
        {
            case 0:
                _out.Word("to");
                ActorList(_actors);
                break;
            case 1:
                _out.Word("of");
                ActorList(_actors);
                break;
            case 2 when kind is PredicateKind.Commitment or PredicateKind.Expectation:
                _out.Word("by");
                Date(allowRange: true);
                break;
            case 3:
                _out.Word("on");
                Date(allowRange: false);
                break;
            case 4:
                _out.Word("if").Literal(_names.Literal());
                break;
            case 5:
                _out.Word("after");
                if (_labels.Count > 0 && Chance(3)) _out.Word(_names.Pick(_labels));
                else if (Chance(2)) Date(allowRange: false);
                else _out.Literal(_names.Literal(3));
                break;
            case 6:
                _out.Word("about").Literal(_names.Literal());
                break;
            case 7:
                _out.Word("quote").Literal(_names.Literal(12));
                break;
            case 8:
                _out.Word("source");
                GradedSource();
                break;
            case 9 when _persons.Count > 0:
                _out.Word("via").Word(_names.Pick(_persons));
                break;
            case 10 when kind is PredicateKind.Commitment:
                _out.Word(Chance(2) ? "in" : "within").Word(Count()).Word(Unit());
                break;
            case 11 when kind is PredicateKind.LastingCommitment:
                _out.Word("from");
                Date(allowRange: false);
                break;
            case 12 when kind is PredicateKind.LastingCommitment:
                _out.Word("until");
                Date(allowRange: false);
                break;
            case 13 when kind is PredicateKind.AgreementEvent:
                _out.Word("for");
                if (Chance(2)) ActorList(_parties);
                else _out.Word(Count()).Word(Unit());
                break;
            case 14 when kind is PredicateKind.Commitment or PredicateKind.LastingCommitment && _agreements.Count > 0:
                _out.Word("under").Word(_names.Pick(_agreements));
                break;
            // A capacity is rare: a title the speaker holds is seldom picked, and the others are errors.
            case 15 when Chance(40):
                _out.Word("as").Literal(_names.Literal(3));
                break;
            case 16:
                _out.Word("disputed").Word("by");
                GradedSource();
                break;
            case 17:
                Amount();
                break;
        }
    }

    /// <summary>A quantity of every shape: bounded or not, money, a measure or a count, with a scale word now and then; rarely a wrong word.</summary>
    private void Amount()
    {
        _out.Word("amount");
        switch (_random.Next(4))
        {
            case 0:
                _out.Word("about");
                break;
            case 1:
                _out.Word("at").Word(Chance(30) ? "lest" : _names.Pick(["least", "most"]));
                break;
        }

        var money = Chance(3);
        if (money) _out.Word(Chance(30) ? "UDS" : _names.Pick(["USD", "EUR", "RUB", "UAH", "TRY"]));
        _out.Word(Chance(2) ? (1 + _random.Next(9000)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "1.5");
        if (Chance(2)) _out.Word(_names.Pick(["thousand", "million", "billion"]));
        if (!money) _out.Word(_names.Pick(["km", "percent", "prisoners", "troops", "t", "kms"]));
        if (Chance(3)) _out.Literal(_names.Literal(4));
    }

    /// <summary>A source's name, graded now and then on the NATO (Admiralty) scheme; rarely with a grade off its scales.</summary>
    private void GradedSource()
    {
        _out.Literal(_names.Literal(3));
        if (Chance(2)) return;
        _out.Word("graded").Word(Chance(120) ? _names.Pick(["G7", "b2", "A0", "F"]) : (char)('A' + _random.Next(6)) + (1 + _random.Next(6)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A date of every form the grammar knows; fuzzy words only when the program has their policies.</summary>
    private void Date(bool allowRange)
    {
        if (allowRange && Chance(4))
        {
            var year = Year(1995, 2030);
            _out.Word(year + "-0" + (1 + _random.Next(4)) + "-0" + (1 + _random.Next(9)));
            if (Chance(4)) TimeOfDay();
            _out.Punctuation("..").Word(year + "-0" + (5 + _random.Next(4)) + "-1" + _random.Next(10));
            if (Chance(3)) TimeOfDay();
            return;
        }

        switch (_random.Next(_policies ? 9 : 8))
        {
            case 0:
                _out.Word(Year(1995, 2030) + "-" + TwoDigits(1, 12) + "-" + TwoDigits(1, 28));
                if (Chance(3)) TimeOfDay();
                break;
            case 1:
                _out.Word(Year(1995, 2030) + "-W" + TwoDigits(1, 52));
                break;
            case 2:
                _out.Word(Year(1995, 2030) + "-" + TwoDigits(1, 12));
                break;
            case 3:
                _out.Word(Year(1995, 2030));
                break;
            case 4:
            case 5:
                _out.Word(_names.Pick(DateWords));
                break;
            case 6:
                _out.Word(Chance(2) ? "in" : "within").Word(Count()).Word(Unit());
                break;
            case 7:
                _out.Word(Count()).Word(Unit()).Word("ago");
                break;
            default:
                _out.Word(_names.Pick(["soon", "coming_days", "coming_weeks"]));
                break;
        }
    }

    /// <summary>
    /// <c>at 19:00 Europe/Minsk</c>: a time of day after a date, with a zone now and then; sometimes one the
    /// database does not have, and times that clock changes skip or repeat.
    /// </summary>
    private void TimeOfDay()
    {
        _out.Word("at").Word(Chance(30) ? _names.Pick(["02:30", "24:00", "99:99", "00:00", "23:59"]) : TwoDigits(0, 23) + ":" + TwoDigits(0, 59));
        if (Chance(2)) _out.Word(TimeZone());
    }

    /// <summary>A zone id of the database, or one time in 100 one it does not have.</summary>
    private string TimeZone() => Chance(100)
        ? _names.Pick(["Europe/Kyev", "Mars/Olympus_Mons", "Kyiv"])
        : _names.Pick(["Europe/Kyiv", "Europe/Minsk", "Asia/Singapore", "UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+3"]);

    /// <summary>Mostly small; now and then large, or past what the calendar or an int can hold.</summary>
    private string Count() => Chance(300)
        ? _names.Pick(["99999999", "2147483647", "2147483648", "0", "00"])
        : (1 + _random.Next(Chance(10) ? 400 : 12)).ToString(CultureInfo.InvariantCulture);

    private string Unit() => _names.Pick(Units);

    /// <summary>A year in the range, or one time in 40 the calendar's edges (0001, 9999) and their neighbours.</summary>
    private string Year(int from, int to) => Chance(40)
        ? _names.Pick(["0001", "0002", "1000", "9998", "9999"])
        : _random.Next(from, to + 1).ToString(CultureInfo.InvariantCulture);

    private string TwoDigits(int from, int to) => _random.Next(from, to + 1).ToString("D2", CultureInfo.InvariantCulture);

    private enum PredicateKind
    {
        Other,
        Commitment,

        /// <summary>A maintenance obligation or prohibition: a period (<c>from</c>, <c>until</c>) instead of a deadline.</summary>
        LastingCommitment,
        Expectation,
        Event,
        AgreementEvent,
    }
}
