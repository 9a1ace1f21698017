using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;

namespace NegotiationDsl.Benchmarks.Incremental;

/// <summary>
/// Whether a copy of the symbol graph is what design (A) needs, found by reflection rather than by the copy's own
/// knowledge of the symbols' fields, so that a field the copy forgets shows: no copy may reach a symbol or a tree of the
/// version before, and every symbol the copied folder serves must have the public properties a fresh binding gives
/// (those of the edited member excepted: design (A) binds that member again).
/// </summary>
internal static class CopyCheck
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>
    /// Every symbol, tree or text of the version before that the copied folder reaches, through the fields of its result
    /// (tables, declarations, records, diagnostics) or of any of its symbols, named by the path to it.
    /// </summary>
    public static IEnumerable<string> Problems(ImmutableArray<Symbol> originals, SyntaxTree oldTree, BindingResult copied)
    {
        var old = new HashSet<object>(originals, ReferenceEqualityComparer.Instance);
        foreach (var stale in Stale(copied, old, oldTree, "result", depth: 0)) yield return stale;
        foreach (var copy in copied.Symbols)
        {
            if (copy.SyntaxTree == oldTree) yield return $"{copy} keeps the tree before";
            foreach (var field in Fields(copy.GetType()))
            {
                foreach (var stale in Stale(field.GetValue(copy), old, oldTree, $"{copy}.{field.Name}", depth: 0)) yield return stale;
            }
        }
    }

    /// <summary>
    /// Where the copied folder serves other symbols, diagnostics, position table entries (declared, referenced, dates, the
    /// uses found) or settlements than a fresh binding of the same tree. Only the edited member is excepted: the innermost
    /// symbol whose declaration holds the edit, with everything inside its declaration (design (A) binds it again); the
    /// meeting or talks around it are compared like any other symbol.
    /// </summary>
    public static IEnumerable<string> Differences(BindingResult fresh, BindingResult copied, SpanShift edit)
    {
        if (fresh.Symbols.Length != copied.Symbols.Length)
            return [$"{copied.Symbols.Length} symbols copied, {fresh.Symbols.Length} bound"];
        var member = EditedMember(fresh, edit);
        // The edited member's symbols by their index in the fresh binding: the copy's are where they were before the edit.
        var edited = Enumerable.Range(0, fresh.Symbols.Length).Where(i => Inside(member, fresh.Symbols[i].DeclarationLocation.Span)).ToHashSet();
        return Unequal(Described(fresh, member, edited), Described(copied, member, edited));
    }

    /// <summary>
    /// Where the copied folder's passes name other participants than a fresh binding's (the names the checks point at),
    /// the edited member's excepted as in <see cref="Differences"/>.
    /// </summary>
    public static IEnumerable<string> PassDifferences(BoundFolder fresh, BindingResult freshResult, BoundFolder copied, SpanShift edit)
    {
        var member = EditedMember(freshResult, edit);
        return Unequal(ParticipantNames(fresh, member), ParticipantNames(copied, member));
    }

    /// <summary>
    /// Everything <see cref="Differences"/> and <see cref="PassDifferences"/> compare, of the whole folder: taken before a
    /// copy and again after the copy was checked, it shows whether the copy changed the version before.
    /// </summary>
    public static List<string> Described(BoundFolder folder, BindingResult result) =>
        [.. Described(result, member: null, edited: []), .. ParticipantNames(folder, member: null)];

    /// <summary>Where two descriptions differ, line by line.</summary>
    public static IEnumerable<string> Unequal(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.Count != actual.Count) yield return $"{expected.Count} lines expected, {actual.Count} found";
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (expected[i] != actual[i]) yield return $"expected {expected[i]}\n  found {actual[i]}";
        }
    }

    /// <summary>The innermost declaration that holds the edit: the member the edit is in.</summary>
    private static TextSpan? EditedMember(BindingResult fresh, SpanShift edit) =>
        fresh.Symbols.Select(symbol => symbol.DeclarationLocation.Span).Where(span => span.Start <= edit.Start && edit.Start <= span.End)
            .OrderBy(span => span.Length).Cast<TextSpan?>().FirstOrDefault();

    private static bool Inside(TextSpan? member, TextSpan span) => member is { } edited && edited.Contains(span);

    private static bool Inside(TextSpan? member, int start) => member is { } edited && edited.Start <= start && start < edited.End;

    /// <summary>A result as lines: its symbols index by index, its diagnostics, each file's tables entry by entry and its settlements.</summary>
    private static List<string> Described(BindingResult result, TextSpan? member, HashSet<int> edited)
    {
        var lines = new List<string>();
        for (var i = 0; i < result.Symbols.Length; i++)
        {
            if (!edited.Contains(i)) lines.Add($"symbol {i}: {Describe(result.Symbols[i])}");
        }

        lines.AddRange(result.Diagnostics.Where(diagnostic => !Inside(member, diagnostic.Location.Span)).Select(diagnostic => $"diagnostic {diagnostic}"));
        // The files that declare something: a copy is of a file of the folder, and a file without a symbol has no table to move.
        foreach (var tree in result.Symbols.Select(symbol => symbol.SyntaxTree).Distinct())
        {
            var binding = result.For(tree);
            lines.AddRange(Entries("declared", binding.Declared, member));
            lines.AddRange(Entries("reference", binding.References, member));
            lines.AddRange(Entries("date", binding.Dates, member));
            lines.Add($"uses found: {string.Join(", ", binding.UsedImports.Order())}");
        }

        lines.AddRange(result.Settlements.Where(site => !Inside(member, site.NameSpan))
            .Select(site => $"settlement: {Text(site.Event, 0)} names {Text(site.Subject, 0)} at {site.NameSpan}"));
        return lines;
    }

    private static IEnumerable<string> Entries<T>(string table, PositionTable<T> entries, TextSpan? member)
        where T : class
    {
        var keys = entries.KeysInOrder;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var start = TreeBinding.StartOf(key);
            if (!Inside(member, start)) yield return $"{table} {start} {(SyntaxKind)(uint)key}: {Text(entries.Values[i], 0)}";
        }
    }

    /// <summary>Each pass's participant names, in order: a dictionary's order is its history, not the binding's.</summary>
    private static List<string> ParticipantNames(BoundFolder folder, TextSpan? member) =>
        [.. folder.Passes.SelectMany(pass => pass.ParticipantNames)
            .Where(participant => !Inside(member, participant.Value))
            .Select(participant => $"participant {Text(participant.Key.Person, 0)} of {Text(participant.Key.Meeting, 0)} named at {participant.Value}")
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Stale(object? value, HashSet<object> old, SyntaxTree oldTree, string path, int depth)
    {
        switch (value)
        {
            case null or string:
                yield break;
            case SourceText text:
                if (text == oldTree.Text) yield return $"{path} is the text before";
                yield break;
            case SyntaxTree tree:
                if (tree == oldTree) yield return $"{path} is the tree before";
                yield break;
            case Symbol symbol:
                if (old.Contains(symbol)) yield return $"{path} is {symbol} of the version before";
                yield break;
        }

        // Into lists, dictionaries, records and structs of ours (a statement's rare parts, an event, a table), not into symbols.
        if (depth > 8 || IsDefaultImmutableArray(value) || value is Delegate) yield break;
        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                foreach (var stale in Stale(item, old, oldTree, $"{path}[{index}]", depth + 1)) yield return stale;
                index++;
            }

            yield break;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("NegotiationDsl", StringComparison.Ordinal) != true && !IsPair(type)) yield break;
        foreach (var field in Fields(type))
        {
            foreach (var stale in Stale(field.GetValue(value), old, oldTree, $"{path}.{field.Name}", depth + 1)) yield return stale;
        }
    }

    /// <summary>A dictionary's entry or a tuple: what a table of ours keeps its symbols in.</summary>
    private static bool IsPair(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) || type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal));

    private static bool IsDefaultImmutableArray(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) &&
        (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(InstanceFields | BindingFlags.DeclaredOnly)) yield return field;
        }
    }

    /// <summary>
    /// A symbol's public properties as text; a symbol it refers to by kind, name and where its declaration starts. Not
    /// by the whole span: a symbol's own span is compared on its own line, and the edited member's may end elsewhere in
    /// the copy (the edit can change where a string ends) while the meeting around it is compared.
    /// </summary>
    private static string Describe(Symbol symbol) =>
        string.Join("; ", symbol.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => property.Name + "=" + Value(property, symbol)));

    /// <summary>A property's value as text, or what it throws: a copy whose node is not found in its tree must show as a difference, not stop the check.</summary>
    private static string Value(PropertyInfo property, Symbol symbol)
    {
        try
        {
            return Text(property.GetValue(symbol), depth: 0);
        }
        catch (TargetInvocationException thrown)
        {
            return "throws " + thrown.InnerException?.Message;
        }
    }

    private static string Text(object? value, int depth) => value switch
    {
        null => "null",
        _ when IsDefaultImmutableArray(value) => "default",
        string text => text,
        SyntaxTree tree => tree.FilePath,
        Symbol symbol => $"{symbol.Kind} {symbol.Name}@{symbol.DeclarationLocation.Span.Start}",
        SyntaxElement element => $"{element.GetType().Name}@{element.Span}",
        Location location => location.Span.ToString(),
        IEnumerable items when depth < 3 => "[" + string.Join(", ", items.Cast<object?>().Select(item => Text(item, depth + 1))) + "]",
        _ when depth < 3 && value.GetType().Namespace?.StartsWith("NegotiationDsl", StringComparison.Ordinal) == true && value.GetType().IsClass =>
            "{" + string.Join(", ", value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
                .Select(property => property.Name + "=" + Text(property.GetValue(value), depth + 1))) + "}",
        _ => value.ToString() ?? "",
    };
}
