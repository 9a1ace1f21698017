namespace NegotiationDsl.Model;

/// <summary>A file and one-based line of the .neg source.</summary>
public readonly struct SourceLocation
{
    public SourceLocation(string path, int line)
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }
    public int Line { get; }

    public override string ToString() => $"{Path}({Line})";
}
