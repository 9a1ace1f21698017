using System;
using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Fuzz.Generation;

/// <summary>
/// Generates an archive: its root file and two to five folders of one program each, every folder after the
/// first using one or two earlier ones (by their names, through an alias, or one <c>.neg</c> file of them) and
/// naming what they declare. Names are unique across the archive, so none is ambiguous. Now and then a folder
/// also uses itself, a cycle, and names nothing through that use.
/// </summary>
internal static class ArchiveGenerator
{
    public const string RootFile = "negarchive.json";
    public const string FileName = "record.neg";

    private static readonly string[] FolderNames = ["register", "geneva-2022", "track 2", "Женева", "follow.up", "talks_2023", "_"];

    /// <summary>The archive's files as (path from its root, text); the same seed always gives the same archive.</summary>
    public static List<(string Path, string Text)> Generate(Random random)
    {
        var names = new NameMaker(random);
        var files = new List<(string Path, string Text)> { (RootFile, "{ \"name\": \"fuzz\" }\n") };
        var folders = FolderNames.OrderBy(_ => random.Next()).Take(2 + random.Next(4)).ToList();
        var declared = new List<FolderDeclarations>();
        for (var folder = 0; folder < folders.Count; folder++)
        {
            var uses = new List<UsedFolder>();
            foreach (var earlier in Enumerable.Range(0, folder).OrderBy(_ => random.Next()).Take(1 + random.Next(2)))
            {
                var path = "../" + folders[earlier] + (random.Next(4) == 0 ? "/" + FileName : "");
                uses.Add(new UsedFolder(path, random.Next(2) == 0 ? names.NewName("alias") : null, declared[earlier]));
            }

            if (random.Next(10) == 0) uses.Add(new UsedFolder(random.Next(2) == 0 ? "." : "../" + folders[folder], null, FolderDeclarations.None));
            var (text, declarations) = ProgramGenerator.Generate(random, names, uses);
            files.Add((folders[folder] + "/" + FileName, text));
            declared.Add(declarations);
        }

        return files;
    }
}
