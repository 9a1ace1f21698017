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
    /// Where the copied folder serves other symbols or diagnostics than a fresh binding of the same tree. The symbols whose
    /// declaration holds the edit, and the diagnostics inside the innermost of them (the edited member), are excepted.
    /// </summary>
    public static IEnumerable<string> Differences(BindingResult fresh, BindingResult copied, SpanShift edit)
    {
        if (fresh.Symbols.Length != copied.Symbols.Length)
        {
            yield return $"{copied.Symbols.Length} symbols copied, {fresh.Symbols.Length} bound";
            yield break;
        }

        var member = fresh.Symbols.Select(symbol => symbol.DeclarationLocation.Span).Where(span => Holds(span, edit))
            .OrderBy(span => span.Length).Cast<TextSpan?>().FirstOrDefault();
        var expected = Outside(fresh.Diagnostics, member);
        var actual = Outside(copied.Diagnostics, member);
        if (!expected.SequenceEqual(actual))
            yield return $"diagnostics bound:\n  {string.Join("\n  ", expected)}\nover the copies:\n  {string.Join("\n  ", actual)}";
        for (var i = 0; i < fresh.Symbols.Length; i++)
        {
            if (Holds(fresh.Symbols[i].DeclarationLocation.Span, edit)) continue;
            var bound = Describe(fresh.Symbols[i]);
            var copy = Describe(copied.Symbols[i]);
            if (bound != copy) yield return $"symbol {i}: bound {bound}; copied {copy}";
        }
    }

    private static bool Holds(TextSpan span, SpanShift edit) => span.Start <= edit.Start && edit.Start <= span.End;

    private static List<string> Outside(IEnumerable<Diagnostic> diagnostics, TextSpan? member) =>
        diagnostics.Where(diagnostic => member is not { } span || !span.Contains(diagnostic.Location.Span)).Select(diagnostic => diagnostic.ToString()).ToList();

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
