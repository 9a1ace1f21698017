using System;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>The folder's shared declarations: parties of every kind, persons and the fuzzy-date policies.</summary>
internal static class ActorsFile
{
    public static string Write(Cast cast, Random random)
    {
        var text = new StringBuilder();
        text.Append("// Actors shared by the records of this folder.\n\n").Append(ActorDeclaration.Policies);
        foreach (var state in cast.States) text.Append(ActorDeclaration.State(state, random).Text);
        text.Append(ActorDeclaration.Alliance(cast.Alliance).Text);
        text.Append(ActorDeclaration.Bloc(cast.Bloc, [cast.States[1], cast.States[2], cast.Alliance]).Text);
        text.Append(ActorDeclaration.Ministry(cast.Ministry, cast.States[0]).Text);
        text.Append(ActorDeclaration.Secretariat().Text).Append('\n');
        text.Append(ActorDeclaration.Envoy(cast.States[0]).Text);
        foreach (var person in cast.Persons) text.Append(ActorDeclaration.Person(person, random).Text);
        return text.ToString();
    }
}
