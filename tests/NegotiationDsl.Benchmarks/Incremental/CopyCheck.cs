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

    /// <summary>Every symbol or tree of the version before that a copy reaches through its fields, named by the path to it.</summary>
    public static IEnumerable<string> Problems(ImmutableArray<Symbol> originals, SyntaxTree oldTree, Symbol[] copies, SyntaxTree newTree)
    {
        var old = new HashSet<object>(originals, ReferenceEqualityComparer.Instance);
        foreach (var copy in copies)
        {
            if (copy.SyntaxTree != newTree) yield return $"{copy} keeps the tree before";
            foreach (var field in Fields(copy.GetType()))
            {
                foreach (var stale in Stale(field.GetValue(copy), old, oldTree, $"{copy}.{field.Name}", depth: 0)) yield return stale;
            }
        }
    }

    /// <summary>Where the copied folder serves other symbols or diagnostics than a fresh binding of the same tree.</summary>
    public static IEnumerable<string> Differences(BindingResult fresh, BindingResult copied, Edit edit)
    {
        if (fresh.Symbols.Length != copied.Symbols.Length)
        {
            yield return $"{copied.Symbols.Length} symbols copied, {fresh.Symbols.Length} bound";
            yield break;
        }

        if (!fresh.Diagnostics.Select(diagnostic => diagnostic.ToString()).SequenceEqual(copied.Diagnostics.Select(diagnostic => diagnostic.ToString())))
            yield return $"{copied.Diagnostics.Length} diagnostics over the copies, {fresh.Diagnostics.Length} bound";
        for (var i = 0; i < fresh.Symbols.Length; i++)
        {
            if (fresh.Symbols[i].DeclarationLocation.Span is var span && span.Start <= edit.Start && edit.Start <= span.End) continue;
            var expected = Describe(fresh.Symbols[i]);
            var actual = Describe(copied.Symbols[i]);
            if (expected != actual) yield return $"symbol {i}: bound {expected}; copied {actual}";
        }
    }

    private static IEnumerable<string> Stale(object? value, HashSet<object> old, SyntaxTree oldTree, string path, int depth)
    {
        switch (value)
        {
            case null or string or SourceText:
                yield break;
            case SyntaxTree tree:
                if (tree == oldTree) yield return $"{path} is the tree before";
                yield break;
            case Symbol symbol:
                if (old.Contains(symbol)) yield return $"{path} is {symbol} of the version before";
                yield break;
        }

        // Into lists, records and structs of ours (a statement's rare parts, an event, a delegation), not into symbols.
        if (depth > 4 || IsDefaultImmutableArray(value)) yield break;
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
        if (type.Namespace?.StartsWith("NegotiationDsl", StringComparison.Ordinal) != true) yield break;
        foreach (var field in Fields(type))
        {
            foreach (var stale in Stale(field.GetValue(value), old, oldTree, $"{path}.{field.Name}", depth + 1)) yield return stale;
        }
    }

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

    /// <summary>A symbol's public properties as text; a symbol it refers to by kind, name and place.</summary>
    private static string Describe(Symbol symbol) =>
        string.Join("; ", symbol.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => property.Name + "=" + Text(property.GetValue(symbol), depth: 0)));

    private static string Text(object? value, int depth) => value switch
    {
        null => "null",
        _ when IsDefaultImmutableArray(value) => "default",
        string text => text,
        SyntaxTree tree => tree.FilePath,
        Symbol symbol => $"{symbol.Kind} {symbol.Name}@{symbol.DeclarationLocation.Span}",
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
