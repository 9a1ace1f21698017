using System.Collections.Generic;

namespace NegotiationDsl.Benchmarks.Equivalents;

/// <summary>A file's declarations and statements, and the comments after the last of them.</summary>
public sealed record EquivalentFile(List<EquivalentMember> Members, List<string> FinalComments);

/// <summary>
/// One declaration or statement as someone writing C# or JSON by hand would put it: who acts (if anyone), the
/// label or declared name, and a chain of calls named by the keywords as written, each with the values as written.
/// </summary>
public sealed class EquivalentMember
{
    public string? Id { get; set; }
    public List<string>? Actors { get; set; }
    public List<EquivalentCall> Calls { get; } = [];

    /// <summary>The comments written in or before the member, as written; a C# writer keeps them, JSON has none.</summary>
    public List<string>? Comments { get; set; }

    /// <summary>The statements inside the member's <c>&lt; ... &gt;</c>; null when it has none.</summary>
    public List<EquivalentMember>? Body { get; set; }
}

/// <summary><c>commits not to "x"</c> or <c>by next_week</c>: one call, named by its keywords, with its values.</summary>
public sealed class EquivalentCall(List<string> words)
{
    /// <summary>The keywords as written, in order (<c>commits</c>, <c>not</c>, <c>to</c>).</summary>
    public List<string> Words { get; } = words;
    public List<EquivalentValue> Arguments { get; } = [];
}

public enum EquivalentValueKind
{
    /// <summary>A reference to a declared name (<c>Lavrov</c>, <c>geneva.written_response</c>).</summary>
    Name,
    /// <summary>A string's decoded value.</summary>
    String,
    /// <summary>A date, time, duration, quantity or grade, kept as written (<c>next_week</c> stays a word).</summary>
    AsWritten,
    /// <summary>The statement reported by <c>says</c>.</summary>
    Speech,
}

public sealed record EquivalentValue(EquivalentValueKind Kind, string Text, EquivalentMember? Speech = null);
