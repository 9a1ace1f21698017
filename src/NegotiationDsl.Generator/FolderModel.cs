using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NegotiationDsl.Generator;

/// <summary>
/// What one folder adds to the consumer's compilation: its model's source (none when its records have errors) and its
/// records' diagnostics. Equal when both are, so a folder whose model and diagnostics came out the same is not added again.
/// </summary>
internal sealed class FolderModel : IEquatable<FolderModel>
{
    public FolderModel(string hintName, string? source, ImmutableArray<Diagnostic> diagnostics)
    {
        HintName = hintName;
        Source = source;
        Diagnostics = diagnostics;
    }

    public string HintName { get; }
    public string? Source { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Equals(FolderModel? other) => other is not null && HintName == other.HintName && Source == other.Source && Diagnostics.SequenceEqual(other.Diagnostics);
    public override bool Equals(object? obj) => Equals(obj as FolderModel);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(HintName) ^ (Source?.Length ?? 0);
}
