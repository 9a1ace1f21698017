using System;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>The folder's shared declarations: parties of every kind, persons and the fuzzy-date policies.</summary>
internal static class ActorsFile
{
    private static readonly string[] Kinds = ["state", "state", "state", "state", "state", "state"];

    public static string Write(Cast cast, Random random)
    {
        var text = new StringBuilder();
        text.Append("// Actors shared by the records of this folder.\n\n");
        text.Append("policy soon within 8 weeks;\n");
        text.Append("policy coming_days within 7 days;\n");
        text.Append("policy coming_weeks within 6 weeks;\n\n");

        for (var i = 0; i < cast.States.Length; i++)
        {
            var state = cast.States[i];
            text.Append("party ").Append(state).Append(' ').Append(Kinds[i]).Append(" \"Republic of ").Append(state)
                .Append("\" code \"").Append(state.Substring(0, 3).ToUpperInvariant()).Append('"');
            if (random.Next(2) == 0) text.Append(" aka \"").Append(state).Append("n government\", \"the ").Append(state).Append(" side\"");
            text.Append(";\n");
        }

        text.Append("party ").Append(cast.Alliance).Append(" alliance \"Concord of Northern States\" code \"IGOCON\"\n")
            .Append("    aka \"the alliance\", \"the \\\"Concord\\\" bloc\";\n");
        text.Append("party ").Append(cast.Bloc).Append(" bloc \"the northern group\" members ")
            .Append(cast.States[1]).Append(", ").Append(cast.States[2]).Append(", ").Append(cast.Alliance).Append(";\n");
        text.Append("party ").Append(cast.Ministry).Append(" body \"Ministry of Foreign Affairs\" of ").Append(cast.States[0]).Append(";\n");
        text.Append("party Secretariat organisation \"Secretariat of the Northern Dialogue\";\n\n");

        // One envoy with a term that ended, a personal code and an affiliation besides the office.
        text.Append("person Envoy \"the Secretary-General's envoy\" office \"Special Envoy\" of Secretariat from 2009-06-01 until 2030-12-31\n")
            .Append("    of ").Append(cast.States[0]).Append(" code \"ENV\";\n");
        foreach (var person in cast.Persons)
        {
            text.Append("person ").Append(person.Id).Append(" \"").Append(person.Id).Append(" (envoy)\" office \"")
                .Append(person.Office).Append("\" of ").Append(person.Party).Append(" from 2010-01-01");
            if (random.Next(3) == 0) text.Append("\n    aka \"").Append(person.Id.ToUpperInvariant()).Append("\", \"Минister ").Append(person.Id).Append('"');
            text.Append(";\n");
        }

        return text.ToString();
    }
}
