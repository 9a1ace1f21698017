using System;
using System.IO;
using NegotiationDsl.Hosting.Input.Files;

namespace NegotiationDsl.Hosting.Input;

/// <summary>
/// The folder a run stays inside: a folder given on the command line (or the language server's workspace
/// folder), or for a file given directly, the folder it is in. Links are followed only to targets inside it.
/// </summary>
/// <param name="Folder">The folder as given.</param>
/// <param name="RealFolder">The folder with every link resolved; containment is decided on real paths.</param>
internal sealed record InputRoot(string Folder, string RealFolder)
{
    // Strict everywhere but on Windows, whose paths ignore case: a mismatch only ever refuses a link.
    private static readonly StringComparison s_pathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static InputRoot Of(IInputFileSystem files, string folder)
    {
        var full = Path.GetFullPath(folder);
        return new InputRoot(folder, files.RealPath(full) ?? full);
    }

    /// <summary>The root of a file given directly: its folder.</summary>
    public static InputRoot OfFile(IInputFileSystem files, string file)
    {
        var full = Path.GetFullPath(file);
        return Of(files, Path.GetDirectoryName(full) ?? full);
    }

    /// <summary>Whether a real (fully resolved) path is this folder or below it.</summary>
    public bool Contains(string realPath)
    {
        if (SamePath(realPath, RealFolder)) return true;
        var prefix = Path.EndsInDirectorySeparator(RealFolder) ? RealFolder : RealFolder + Path.DirectorySeparatorChar;
        return realPath.StartsWith(prefix, s_pathComparison);
    }

    /// <summary>Whether two full paths name the same place, by the same comparison.</summary>
    public static bool SamePath(string left, string right) => string.Equals(left, right, s_pathComparison);
}
