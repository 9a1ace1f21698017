using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>What a folder (or file) of an archive declares that another may name: its own names, not those it uses.</summary>
internal sealed record FolderDeclarations(
    IReadOnlyList<string> Parties, IReadOnlyList<string> Persons, IReadOnlyList<string> Labels, IReadOnlyList<string> Commitments, IReadOnlyList<string> Demands)
{
    public static readonly FolderDeclarations None = new([], [], [], [], []);
}

/// <summary>
/// A <c>use</c> a program writes: the path as it appears in the string, the alias if any, and the declarations
/// the program may name through it (<see cref="FolderDeclarations.None"/> for a use it must not rely on).
/// </summary>
internal sealed record UsedFolder(string Path, string? Alias, FolderDeclarations Declarations)
{
    /// <summary>Paths for a program on its own: ordinary ones, and what a use must refuse or bound (outside the archive, absolute, not a .neg file, empty).</summary>
    private static readonly string[] LonePaths =
    [
        "../actors", "../geneva-2022", "actors", "./shared", "../register/actors.neg", ".", "..", "", "/etc", "C:\\\\records",
        "../../../../outside", "notes.txt", "../ünïcode folder", "..\\\\windows", "../a/../b", "../../..", "\\u0000",
    ];

    /// <summary>One or two uses of folders that exist nowhere, for a program checked on its own, with names made up for it to refer to.</summary>
    public static List<UsedFolder> Invented(Random random, NameMaker names)
    {
        var uses = new List<UsedFolder>();
        var count = 1 + random.Next(2);
        for (var i = 0; i < count; i++)
        {
            var path = random.Next(5) == 0 ? names.Literal(3)[1..^1] : names.Pick(LonePaths);
            var alias = random.Next(2) == 0 ? names.NewName("alias") : null;
            var commitments = Made(random, names, "promise", 0, 1);
            var demands = Made(random, names, "demand", 0, 1);
            uses.Add(new UsedFolder(path, alias, new FolderDeclarations(
                Made(random, names, "Party", 1, 2), Made(random, names, "Person", 0, 1), [.. commitments, .. demands], commitments, demands)));
        }

        return uses;
    }

    private static List<string> Made(Random random, NameMaker names, string hint, int least, int most) =>
        Enumerable.Range(0, random.Next(least, most + 1)).Select(_ => names.NewName(hint)).ToList();
}
