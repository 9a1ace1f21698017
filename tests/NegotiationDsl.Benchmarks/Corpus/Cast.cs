using System;
using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>The parties and persons of one folder: fictional states, an alliance, a bloc and envoys.</summary>
internal sealed class Cast
{
    private static readonly string[] StateNames =
    [
        "Aldoria", "Borovia", "Calvania", "Drusia", "Estmark", "Fennland", "Galvia", "Hestria",
        "Istrania", "Jorvik", "Kaldera", "Lusitar", "Morvania", "Norland", "Ostrava", "Pellucia",
    ];

    private static readonly string[] FamilyNames =
    [
        "Abernathy", "Brandt", "Castellanos", "Dvorak", "Eriksen", "Fontaine", "Grigoriev", "Haddad",
        "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov",
        "Quintero", "Rasmussen", "Sokolov", "Tanaka", "Umarov", "Varga", "Weber", "Yilmaz",
    ];

    private static readonly string[] Offices =
    [
        "Minister of Foreign Affairs", "President", "Prime Minister", "Deputy Minister of Foreign Affairs",
        "National Security Advisor", "Special Envoy", "Ambassador to the United Nations", "Chief Negotiator",
    ];

    private Cast(string[] states, string alliance, string bloc, string ministry, Person[] persons)
    {
        States = states;
        Alliance = alliance;
        Bloc = bloc;
        Ministry = ministry;
        Persons = persons;
    }

    public string[] States { get; }
    public string Alliance { get; }
    public string Bloc { get; }
    public string Ministry { get; }
    public Person[] Persons { get; }

    /// <summary>Every party a statement can name.</summary>
    public IEnumerable<string> Parties
    {
        get
        {
            foreach (var state in States) yield return state;
            yield return Alliance;
            yield return Bloc;
            yield return Ministry;
        }
    }

    public static Cast Create(Random random) => Create(random, fromRegister: false);

    /// <summary>
    /// The cast of a track of an archive: states and envoys of the register, so an envoy has the party and office
    /// the register gives them whichever track names them.
    /// </summary>
    public static Cast FromRegister(Random random) => Create(random, fromRegister: true);

    /// <summary>Every state the register of an archive may declare.</summary>
    public static IReadOnlyList<string> RegisterStates => StateNames;

    /// <summary>Every envoy the register of an archive may declare, with the party and office it gives them.</summary>
    public static IEnumerable<Person> RegisterPersons
    {
        get
        {
            for (var family = 0; family < FamilyNames.Length; family++) yield return RegisterPerson(family);
        }
    }

    private static Cast Create(Random random, bool fromRegister)
    {
        var states = new string[6];
        var start = random.Next(StateNames.Length);
        for (var i = 0; i < states.Length; i++) states[i] = StateNames[(start + i) % StateNames.Length];

        var persons = new Person[12];
        var family = random.Next(FamilyNames.Length);
        for (var i = 0; i < persons.Length; i++)
        {
            var index = (family + i) % FamilyNames.Length;
            persons[i] = fromRegister ? RegisterPerson(index) : new Person(FamilyNames[index], states[i % states.Length], Offices[i % Offices.Length]);
        }

        return new Cast(states, "Concord", "Northern", states[0] + "MFA", persons);
    }

    private static Person RegisterPerson(int family) =>
        new(FamilyNames[family], StateNames[family % StateNames.Length], Offices[family % Offices.Length]);

    internal sealed record Person(string Id, string Party, string Office);
}
