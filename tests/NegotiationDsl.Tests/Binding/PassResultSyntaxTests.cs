using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Binding;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// What a file's pass of the binder hands on says where a name was written by its span, never by its node: the checks
/// need only a location, and a copy of the binding into an edited tree can then move a span instead of finding the node
/// again in the new tree. Only the statements left for later hold their syntax, because they are still to be bound.
/// </summary>
public sealed class PassResultSyntaxTests
{
    private const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void A_pass_result_reaches_no_syntax_node_but_through_the_statements_left_for_later()
    {
        var exempt = typeof(FileBindingResult).GetField($"<{nameof(FileBindingResult.LaterStatements)}>k__BackingField", Fields);
        Assert.NotNull(exempt);

        var paths = SyntaxReachableFrom(typeof(FileBindingResult), exempt).ToList();

        Assert.True(paths.Count == 0, "a pass result holds syntax through:\n" + string.Join("\n", paths));
    }

    [Fact]
    public void The_walk_finds_syntax_held_through_collections_records_subclasses_and_objects()
    {
        var paths = SyntaxReachableFrom(typeof(HoldsSyntax), exempt: null).ToList();

        Assert.Contains(paths, path => path.StartsWith("Direct:", StringComparison.Ordinal));
        Assert.Contains(paths, path => path.Contains("ByKey", StringComparison.Ordinal));
        Assert.Contains(paths, path => path.Contains("Sites", StringComparison.Ordinal));
        Assert.Contains(paths, path => path.Contains(nameof(StatementContext.Syntax), StringComparison.Ordinal));
        Assert.Contains(paths, path => path.StartsWith("Anything:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_statements_left_for_later_are_the_only_exemption_and_they_do_hold_syntax()
    {
        var paths = SyntaxReachableFrom(typeof(FileBindingResult), exempt: null).ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith(nameof(FileBindingResult.LaterStatements), path, StringComparison.Ordinal));
    }

    /// <summary>
    /// The paths of fields by which an object of <paramref name="root"/> may reach a syntax node or token: every field's
    /// declared type, the element and type arguments of collections, and every type of the product that may stand where
    /// an abstract one is declared. A tree and a text end the walk: a tree holds its root weakly and parses it again. A
    /// field declared as <see cref="object"/> or a delegate is reported too, since nothing tells what it holds, except the
    /// values of a statement's rare parts: the walk follows the declared types of the statement's settable properties,
    /// through which alone those are written.
    /// </summary>
    private static IEnumerable<string> SyntaxReachableFrom(Type root, FieldInfo? exempt)
    {
        var product = typeof(SyntaxTree).Assembly;
        var productTypes = product.GetTypes();
        var seen = new HashSet<Type>();
        var pending = new Queue<(Type Type, string Path)>();
        pending.Enqueue((root, ""));
        while (pending.Count > 0)
        {
            var (type, path) = pending.Dequeue();
            if (!seen.Add(type) || type == typeof(SyntaxTree) || type == typeof(SourceText) || type.IsPrimitive || type.IsEnum || type == typeof(string)) continue;
            // An object or a delegate may hold anything, a node too, and its declared type says nothing more.
            if (typeof(SyntaxElement).IsAssignableFrom(type) || type == typeof(object) || typeof(Delegate).IsAssignableFrom(type))
            {
                yield return $"{path}: {type.Name}";
                continue;
            }

            if (type.IsArray) pending.Enqueue((type.GetElementType()!, path + "[]"));
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments()) pending.Enqueue((argument, $"{path}<{argument.Name}>"));
            }

            if (type.Assembly != product && type.Assembly != root.Assembly) continue;
            IEnumerable<Type> standIns = type.IsSealed || type.IsValueType ? [type] : productTypes.Where(type.IsAssignableFrom).Append(type).Distinct();
            foreach (var standIn in standIns)
            {
                for (var declaring = standIn; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
                {
                    foreach (var field in declaring.GetFields(Fields | BindingFlags.DeclaredOnly))
                    {
                        if (field == exempt) continue;
                        var fieldPath = Join(path, standIn == type ? FieldName(field) : $"({standIn.Name}){FieldName(field)}");
                        if (field.FieldType == typeof(object) && fieldPath.EndsWith(RarePartValues, StringComparison.Ordinal)) continue;
                        pending.Enqueue((field.FieldType, fieldPath));
                    }

                    // A statement's rare parts are stored as objects but written only through its typed properties' setters.
                    if (declaring.GetField("_rare", Fields | BindingFlags.DeclaredOnly)?.FieldType != typeof(RareParts)) continue;
                    foreach (var property in declaring.GetProperties(Fields | BindingFlags.DeclaredOnly))
                    {
                        if (property.SetMethod is not null) pending.Enqueue((property.PropertyType, Join(path, $"({standIn.Name}){property.Name}")));
                    }
                }
            }
        }
    }

    private const string RarePartValues = "_rare._entries[].Value";

    private static string Join(string path, string field) => path.Length == 0 ? field : path + "." + field;

    private static string FieldName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    private sealed class HoldsSyntax
    {
        public NameSyntax? Direct { get; init; }
        public Dictionary<string, List<SyntaxToken>>? ByKey { get; init; }
        public IReadOnlyList<HeldSite>? Sites { get; init; }
        public StatementContext? Pending { get; init; }
        public object? Anything { get; init; }
    }

    private sealed record HeldSite(SyntaxNode Node);
}
