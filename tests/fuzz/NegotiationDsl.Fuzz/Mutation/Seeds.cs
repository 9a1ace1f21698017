using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace NegotiationDsl.Fuzz.Mutation;

/// <summary>
/// The records mutations start from: every example, every golden sample (the broken ones included) and every
/// <c>neg</c> block of the language specification, read from the repository this program was built in.
/// </summary>
internal static class Seeds
{
    public static IReadOnlyList<byte[]> Load(string repositoryRoot)
    {
        var files = Directory.GetFiles(Path.Combine(repositoryRoot, "examples"), "*.neg", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(repositoryRoot, "tests", "samples"), "*.neg", SearchOption.AllDirectories))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllBytes);
        var specification = File.ReadAllText(Path.Combine(repositoryRoot, "docs", "language.md"));
        var blocks = Regex.Matches(specification, "```neg\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(10))
            .Select(match => Encoding.UTF8.GetBytes(match.Groups[1].Value));
        return files.Concat(blocks).ToList();
    }

    /// <summary>The folder holding NegotiationDsl.sln, above <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NegotiationDsl.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("NegotiationDsl.sln not found above " + start);
    }
}
