using System.Collections.Generic;
using System.Linq;

namespace NegotiationDsl.Benchmarks.Hostile;

/// <summary>
/// The hostile file-system cases of docs/reliability.md, one table split by area: each partial file holds the
/// cases of one area (FileSystemCases.Inputs.cs: what negc reads; FileSystemCases.Outputs.cs: what it writes;
/// FileSystemCases.Names.cs: file names and the names of outputs; FileSystemCases.Archives.cs: archives and their uses);
/// <see cref="All"/> lists the areas.
/// </summary>
public static partial class FileSystemCases
{
    // A getter, not an initializer: the order in which partial files initialise their fields is not defined.
    public static IReadOnlyList<FileSystemCase> All => new[] { Inputs, Outputs, Names, Archives }.SelectMany(area => area).ToList();

    /// <summary>A record with no diagnostic above info.</summary>
    private const string Valid = "party USA;\n";

    /// <summary>A record with one error, NEG2001 at (3,1).</summary>
    private const string Typo = "party USA;\nperson Blinken of USA;\nBlinkn says \"x\";\n";
}
