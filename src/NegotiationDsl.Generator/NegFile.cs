using System;

namespace NegotiationDsl.Generator;

/// <summary>One .neg file as the generator sees it: a path and its text. Value equality keeps the pipeline incremental.</summary>
internal sealed class NegFile : IEquatable<NegFile>
{
    public NegFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }
    public string Text { get; }

    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? "";

    public bool Equals(NegFile? other) => other is not null && Path == other.Path && Text == other.Text;
    public override bool Equals(object? obj) => Equals(obj as NegFile);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Text.Length;
}
