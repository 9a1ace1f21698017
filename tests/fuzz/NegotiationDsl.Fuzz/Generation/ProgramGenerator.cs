using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>
/// Generates random programs that follow the parser grammar (grammar/NegotiationParser.g4, one method per
/// rule, every alternative reachable), so each one must parse without a syntax diagnostic. Names refer to
/// what the program declares or uses, dates lie in a plausible range and fuzzy dates get their policy, so
/// most programs also bind without errors and reach the emitters and reports; the rest exercise the checks.
/// A program on its own now and then uses folders that do not exist, and names what it made up for them.
/// </summary>
internal sealed partial class ProgramGenerator
{
    private static readonly string[] PartyKinds = ["state", "alliance", "organisation", "organization", "bloc", "body"];
    private static readonly string[] Places = ["Geneva", "Vienna", "Minsk", "Singapore", "Женева", "\"Palais des Nations, Room XVII\"", "\"Hotel «Intercontinental»\""];
    private static readonly string[] Formats = ["bilateral", "plenary", "\"expert level\"", "\"working lunch\"", "\"2+2\""];

    private readonly Random _random;
    private readonly NameMaker _names;
    private readonly TokenWriter _out;
    private readonly List<string> _parties = [];
    private readonly List<string> _persons = [];
    private readonly List<string> _actors = [];
    private readonly List<string> _labels = [];
    private readonly List<string> _commitments = [];
    private readonly List<string> _demands = [];
    private readonly List<string> _agreements = [];
    private readonly List<string> _milestones = [];
    private readonly IReadOnlyList<UsedFolder> _uses;
    private readonly HashSet<string> _imported = new(StringComparer.Ordinal);
    private bool _policies;

    private ProgramGenerator(Random random, NameMaker names, IReadOnlyList<UsedFolder> uses)
    {
        _random = random;
        _names = names;
        _out = new TokenWriter(random);
        _uses = uses;
    }

    /// <summary>One program; the same seed always gives the same text.</summary>
    public static string Generate(Random random)
    {
        var names = new NameMaker(random);
        var uses = random.Next(8) == 0 ? UsedFolder.Invented(random, names) : [];
        return new ProgramGenerator(random, names, uses).CompilationUnit();
    }

    /// <summary>A program of an archive, using <paramref name="uses"/>, and what it declares for later folders to use.</summary>
    public static (string Text, FolderDeclarations Declarations) Generate(Random random, NameMaker names, IReadOnlyList<UsedFolder> uses)
    {
        var generator = new ProgramGenerator(random, names, uses);
        var text = generator.CompilationUnit();
        return (text, new FolderDeclarations(generator.Own(generator._parties), generator.Own(generator._persons), generator.Own(generator._labels),
            generator.Own(generator._commitments), generator.Own(generator._demands)));
    }

    private string CompilationUnit()
    {
        if (Chance(20)) _out.Raw("\uFEFF");
        if (Chance(3)) _out.Raw("// Generated record.\n");
        if (Chance(8)) _out.Raw("/* A block comment\n * over lines. */\n");

        // Declarations first, so that the statements below have names to use; order is free in the language.
        var usesFirst = !Chance(4);
        if (usesFirst) Uses();
        if (!Chance(10)) RecordHeader();
        if (!usesFirst) Uses();
        _policies = Chance(2);
        if (_policies)
        {
            foreach (var fuzzy in new[] { "soon", "coming_days", "coming_weeks" }) PolicyDeclaration(fuzzy);
        }

        // Party names are made first, so that members and 'of' may name any party, a later one or the party
        // itself: now and then that closes a cycle (NEG2013).
        var parties = new List<string>();
        var count = 1 + _random.Next(6);
        for (var i = 0; i < count; i++) parties.Add(_names.NewName("Party"));
        _parties.AddRange(parties);
        foreach (var party in parties) PartyDeclaration(party);
        var persons = _random.Next(6);
        for (var i = 0; i < persons; i++) PersonDeclaration();

        var members = Chance(50) ? 60 + _random.Next(200) : _random.Next(12);
        for (var i = 0; i < members; i++)
        {
            switch (_random.Next(6))
            {
                case 0:
                    TalksDeclaration();
                    break;
                case 5:
                    AgreementDeclaration();
                    break;
                case 1:
                case 2:
                    MeetingDeclaration(indent: "");
                    break;
                default:
                    Statement(indent: "");
                    break;
            }
        }

        if (Chance(10)) _out.Raw(Chance(2) ? "// a last comment without a line break" : "/* a last comment */");
        return _out.ToString();
    }

    /// <summary>The program's uses, and the names each makes visible: as they are, or after the alias and a dot.</summary>
    private void Uses()
    {
        foreach (var use in _uses)
        {
            _out.Word("use").Literal("\"" + use.Path + "\"");
            if (use.Alias is not null) _out.Word("as").Word(use.Alias);
            End();

            var declared = use.Declarations;
            Import(_parties, declared.Parties, use.Alias);
            Import(_persons, declared.Persons, use.Alias);
            Import(_actors, declared.Parties.Concat(declared.Persons), use.Alias);
            Import(_labels, declared.Labels, use.Alias);
            Import(_commitments, declared.Commitments, use.Alias);
            Import(_demands, declared.Demands, use.Alias);
        }
    }

    private void Import(List<string> into, IEnumerable<string> names, string? alias)
    {
        foreach (var name in names)
        {
            var reference = alias is null ? name : alias + "." + name;
            into.Add(reference);
            _imported.Add(reference);
        }
    }

    private List<string> Own(List<string> names) => names.Where(name => !_imported.Contains(name)).ToList();

    private void RecordHeader()
    {
        _out.Word("record");
        if (!Chance(5)) _out.Literal(_names.Literal());
        foreach (var attribute in Shuffled(["source", "published", "url", "language"]))
        {
            if (Chance(4)) continue;
            _out.Word(attribute);
            switch (attribute)
            {
                case "published":
                    Date(allowRange: false);
                    break;
                case "url":
                    _out.Literal(Chance(2) ? "\"https://example.org/news?id=1&lang=en\"" : "\"javascript:alert(1)\"");
                    break;
                case "language":
                    _out.Literal(_names.Pick(["\"en\"", "\"ru\"", "\"uk\"", "\"\""]));
                    break;
                default:
                    GradedSource();
                    break;
            }
        }

        End();
    }

    private void PolicyDeclaration(string fuzzy)
    {
        _out.Word("policy").Word(fuzzy).Word(Chance(2) ? "within" : "in").Word(Count()).Word(Unit());
        End();
    }

    private void PartyDeclaration(string name)
    {
        _out.Word("party").Word(name);
        if (!Chance(4)) _out.Word(_names.Pick(PartyKinds));
        if (!Chance(3)) _out.Literal(_names.Literal(4));
        var attributes = _random.Next(4);
        for (var i = 0; i < attributes; i++)
        {
            switch (_random.Next(4))
            {
                case 0:
                    Aliases();
                    break;
                case 1:
                    _out.Word("code").Literal(_names.Pick(["\"USA\"", "\"RUS\"", "\"UKR\"", "\"NATO\"", "\"\"", "\"X;Y\""]));
                    break;
                case 2 when Earlier(name) is { Count: > 0 } members:
                    _out.Word("members");
                    ActorList(members);
                    break;
                case 3 when Earlier(name) is { Count: > 0 } parents:
                    _out.Word("of").Word(_names.Pick(parents));
                    break;
            }
        }

        End();
        _actors.Add(name);
    }

    private void PersonDeclaration()
    {
        var name = _names.NewName("Person");
        _out.Word("person").Word(name);
        if (!Chance(3)) _out.Literal(_names.Literal(3));
        var attributes = _random.Next(4);
        for (var i = 0; i < attributes; i++)
        {
            switch (_random.Next(4))
            {
                case 0:
                case 1:
                    // Offices begin long before the records' dates, so a meeting never finds one not yet held.
                    _out.Word("office").Literal(_names.Literal(3));
                    if (!Chance(3)) _out.Word("of").Word(_names.Pick(_parties));
                    if (Chance(2)) _out.Word("from").Word(Year(1960, 1989) + "-0" + (1 + _random.Next(9)) + "-1" + _random.Next(10));
                    if (Chance(5)) _out.Word("until").Word(Year(2040, 2060));
                    break;
                case 2:
                    _out.Word("of").Word(_names.Pick(_parties));
                    break;
                default:
                    if (Chance(2)) Aliases();
                    else _out.Word("code").Literal("\"" + name.Length + "\"");
                    break;
            }
        }

        End();
        _persons.Add(name);
        _actors.Add(name);
    }

    private void Aliases()
    {
        _out.Word("aka").Literal(_names.Literal(2));
        var more = _random.Next(3);
        for (var i = 0; i < more; i++) _out.Punctuation(",").Literal(_names.Literal(2));
    }

    private void TalksDeclaration()
    {
        var label = OptionalLabel("talks");
        _out.Word("talks");
        if (!Chance(4)) _out.Literal(_names.Literal(4));
        MeetingAttributes(range: true);
        _out.Punctuation("<");
        _out.EndOfMember();
        var members = _random.Next(6);
        for (var i = 0; i < members; i++)
        {
            if (Chance(2)) MeetingDeclaration(indent: "  ");
            else Statement(indent: "  ");
        }

        _out.Punctuation(">");
        _out.EndOfMember();
        if (label is not null) _labels.Add(label);
    }

    private void MeetingDeclaration(string indent)
    {
        _out.Raw(indent);
        var label = OptionalLabel("meeting");
        _out.Word("meeting");
        if (Chance(2)) _out.Word(_names.Pick(Places));
        else _out.Literal(_names.Literal(3));
        MeetingAttributes(range: false);
        _out.Punctuation("<");
        if (Chance(5))
        {
            _out.Punctuation(">");
        }
        else
        {
            _out.EndOfMember();
            var statements = _random.Next(8);
            for (var i = 0; i < statements; i++) Statement(indent + "  ");
            _out.Raw(indent);
            _out.Punctuation(">");
        }

        _out.EndOfMember();
        if (label is not null) _labels.Add(label);
    }

    private void MeetingAttributes(bool range)
    {
        foreach (var attribute in Shuffled(["date", "at", "duration", "with", "format", "source", "role", "delegation"]))
        {
            if (Chance(3)) continue;
            switch (attribute)
            {
                case "date":
                    Date(allowRange: range);
                    break;
                case "at":
                    // A time the clock does not have (24:00, 99:99) now and then: the lexer takes any two digits.
                    _out.Word("at").Word(Chance(50) ? _names.Pick(["24:00", "99:99", "00:00", "23:59"]) : TwoDigits(7, 20) + ":" + TwoDigits(0, 59));
                    if (Chance(3)) _out.Word(TimeZone());
                    break;
                case "duration":
                    if (Chance(4)) _out.Word("about");
                    else if (Chance(6)) _out.Word("at").Word(_names.Pick(["least", "most"]));
                    _out.Word(Chance(50)
                        ? _names.Pick(["0min", "0.0001h", "1.5h30min", "9999999999h", "9999999999999999999991h0min", "99999999999999999999w"])
                        : _names.Pick(["1.5h", "2h", "90min", "1h30min", "45min", "3h", "1d", "2d"]));
                    break;
                case "with":
                    _out.Word("with");
                    ActorList(_actors);
                    break;
                case "format":
                    _out.Word("format").Word(_names.Pick(Formats));
                    break;
                case "role":
                    // Now and then a role the table does not have.
                    _out.Word("role").Word(Chance(200) ? "chiar" : _names.Pick(["chair", "host", "mediator", "facilitator", "observer", "lead"]));
                    ActorList(_actors);
                    break;
                case "delegation":
                    Delegation();
                    break;
                default:
                    _out.Word("source");
                    GradedSource();
                    break;
            }
        }
    }

    /// <summary>
    /// <c>delegation USA Sherman, Karpovich led by Sherman</c>: distinct members, a lead in or outside the list, or
    /// only a lead; one time in 100 a person for the party (NEG2002) or a member named twice (NEG5054).
    /// </summary>
    private void Delegation()
    {
        _out.Word("delegation").Word(_names.Pick(_parties.Count > 0 && !Chance(100) ? _parties : _actors));
        var persons = _persons.Count > 0 ? _persons : _actors;
        var listed = !Chance(5);
        if (listed)
        {
            var members = Shuffled(persons.ToArray()).Take(_random.Next(1, 4)).ToList();
            if (Chance(100)) members.Add(members[0]);
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0) _out.Punctuation(",");
                _out.Word(members[i]);
            }
        }

        if (!listed || Chance(2)) _out.Word("led").Word("by").Word(_names.Pick(persons));
    }

    private string? OptionalLabel(string hint)
    {
        if (!Chance(3)) return null;
        var label = _names.NewName(hint);
        _out.Word(label).Punctuation(":");
        return label;
    }

    /// <summary>The parties before <paramref name="name"/>, so that links mostly point one way; one time in 30 any party, itself included.</summary>
    private List<string> Earlier(string name) => Chance(30) ? _parties : _parties.GetRange(0, _parties.IndexOf(name));

    private void ActorList(List<string> from)
    {
        _out.Word(_names.Pick(from));
        var more = Chance(2) ? 0 : _random.Next(1, 4);
        for (var i = 0; i < more; i++)
        {
            if (Chance(2)) _out.Punctuation(",");
            else _out.Word("and");
            _out.Word(_names.Pick(from));
        }
    }

    private void End()
    {
        _out.Punctuation(";");
        _out.EndOfMember();
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string[] Shuffled(string[] items)
    {
        var copy = (string[])items.Clone();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }
}
