using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NegotiationDsl.Benchmarks.Corpus;

/// <summary>
/// The register of a generated archive: the parties and persons its tracks share, and the observers only the
/// follow-ups name. It declares the actors some record names, and those they are 'of' or have as members, so no
/// declaration goes unused at any scale; a folder copied out of the archive gets the same declarations for the
/// actors it names (<see cref="WriteCopy"/>).
/// </summary>
internal static class RegisterFile
{
    public const string Folder = "register";
    public const string Party = "Observers";
    public const string Person = "Rapporteur";

    // The register is written once for the whole archive, so its aliases come from a generator of its own.
    private const int Seed = 20_221_226;

    private static readonly IReadOnlyList<ActorDeclaration> Pool = CreatePool();

    public static string Write(IEnumerable<string> named) =>
        Write("// The register of the archive: actors that any track may use.\n\n", named);

    /// <summary>What a folder outside the archive declares instead of using the register: the same declarations of the actors it names.</summary>
    public static string WriteCopy(IEnumerable<string> named) =>
        Write("// Copied from the register of the archive: the actors this folder names.\n\n", named);

    private static string Write(string comment, IEnumerable<string> named)
    {
        var text = new StringBuilder(comment).Append(ActorDeclaration.Policies);
        foreach (var declaration in Needed(named)) text.Append(declaration.Text);
        return text.ToString();
    }

    /// <summary>The declarations of <paramref name="named"/> and of every actor they name, in the register's order.</summary>
    private static IEnumerable<ActorDeclaration> Needed(IEnumerable<string> named)
    {
        var byName = Pool.ToDictionary(declaration => declaration.Name, StringComparer.Ordinal);
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(named.Where(byName.ContainsKey));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!needed.Add(name)) continue;
            foreach (var link in byName[name].Names) pending.Push(link);
        }

        return Pool.Where(declaration => needed.Contains(declaration.Name));
    }

    private static List<ActorDeclaration> CreatePool()
    {
        var random = new Random(Seed);
        var states = Cast.RegisterStates;
        var pool = states.Select(state => ActorDeclaration.State(state, random)).ToList();
        pool.Add(ActorDeclaration.Alliance("Concord"));
        pool.Add(ActorDeclaration.Bloc("Northern", [states[1], states[2], "Concord"]));
        pool.AddRange(states.Select(state => ActorDeclaration.Ministry(state + "MFA", state)));
        pool.Add(ActorDeclaration.Secretariat());
        pool.Add(new ActorDeclaration(Party, "party " + Party + " organisation \"Observer Mission of the Northern Dialogue\" code \"OBS\";\n", []));
        pool.Add(ActorDeclaration.Envoy(states[0]));
        pool.Add(new ActorDeclaration(Person, "person " + Person + " \"the Special Rapporteur\" office \"Special Rapporteur\" of " + Party + " from 2008-01-01;\n", [Party]));
        pool.AddRange(Cast.RegisterPersons.Select(person => ActorDeclaration.Person(person, random)));
        return pool;
    }
}
