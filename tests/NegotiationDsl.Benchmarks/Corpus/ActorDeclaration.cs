using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>One generated actor declaration: the name it declares, its text, and the actors it names ('of', 'members').</summary>
internal sealed record ActorDeclaration(string Name, string Text, IReadOnlyList<string> Names)
{
    /// <summary>The fuzzy-date policies every generated folder gives.</summary>
    public const string Policies = "policy soon within 8 weeks;\npolicy coming_days within 7 days;\npolicy coming_weeks within 6 weeks;\n\n";

    public static ActorDeclaration State(string state, Random random)
    {
        var text = new StringBuilder();
        text.Append("party ").Append(state).Append(" state \"Republic of ").Append(state)
            .Append("\" code \"").Append(state.Substring(0, 3).ToUpperInvariant()).Append('"');
        if (random.Next(2) == 0) text.Append(" aka \"").Append(state).Append("n government\", \"the ").Append(state).Append(" side\"");
        return new ActorDeclaration(state, text.Append(";\n").ToString(), []);
    }

    public static ActorDeclaration Alliance(string alliance) => new(alliance,
        "party " + alliance + " alliance \"Concord of Northern States\" code \"IGOCON\"\n    aka \"the alliance\", \"the \\\"Concord\\\" bloc\";\n", []);

    public static ActorDeclaration Bloc(string bloc, string[] members) =>
        new(bloc, "party " + bloc + " bloc \"the northern group\" members " + string.Join(", ", members) + ";\n", members);

    public static ActorDeclaration Ministry(string ministry, string state) =>
        new(ministry, "party " + ministry + " body \"Ministry of Foreign Affairs\" of " + state + ";\n", [state]);

    public static ActorDeclaration Secretariat() => new("Secretariat", "party Secretariat organisation \"Secretariat of the Northern Dialogue\";\n", []);

    /// <summary>The last day of the envoy's term: a record dated later may not say the envoy spoke as Special Envoy.</summary>
    public static readonly DateTime EnvoyTermEnds = new(2030, 12, 31);

    /// <summary>One envoy with a term that ended, a personal code and an affiliation besides the office.</summary>
    public static ActorDeclaration Envoy(string state) => new("Envoy",
        "person Envoy \"the Secretary-General's envoy\" office \"Special Envoy\" of Secretariat from 2009-06-01 until "
        + EnvoyTermEnds.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n    of " + state + " code \"ENV\";\n",
        ["Secretariat", state]);

    public static ActorDeclaration Person(Cast.Person person, Random random)
    {
        var text = new StringBuilder();
        text.Append("person ").Append(person.Id).Append(" \"").Append(person.Id).Append(" (envoy)\" office \"")
            .Append(person.Office).Append("\" of ").Append(person.Party).Append(" from 2010-01-01");
        if (random.Next(3) == 0) text.Append("\n    aka \"").Append(person.Id.ToUpperInvariant()).Append("\", \"Минister ").Append(person.Id).Append('"');
        return new ActorDeclaration(person.Id, text.Append(";\n").ToString(), [person.Party]);
    }
}
