using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NegotiationDsl.Binding;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Symbols;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// Files are bound in parallel on a machine with two cores or more, one after another otherwise; what each
/// pass returns must not depend on that. Every property of <see cref="FileBindingResult"/> is compared, found
/// by reflection, so a property added later is compared too.
/// </summary>
public sealed class ParallelBindingTests
{
    private static readonly string[] Folder =
    [
        "party A; party B; person P \"P\" office \"Envoy\" of A from 2020-01-01;\nrecord \"One\" published 2020-01-10;\n" +
        "m: meeting Geneva 2020-02-01 with P, A, P <\n  pledge: A commits \"an answer\" to B by next_month;\n  A says B proposes \"talks\";\n>\n" +
        "later: B demands \"more\" after pledge within 3 days;\nA fulfils pledge on 2020-02-20;\n",
        "record \"Two\" published 2020-03-01;\nmeeting Vienna 2020-02-01 with P <\n  B says A demands \"a date\";\n>\n" +
        "B breaks pledge on 2020-01-15;\nloop1: A says \"x\" after loop2;\nloop2: B says \"y\" after loop1 within 2 days;\nAldoria says \"typo\";\n",
        "talks \"Rounds\" 2020-04 <\n  A offers \"a truce\";\n  round: meeting Rome 2020-04-02 with A <\n    B withdraws pledge after round;\n  >\n>\n",
    ];

    [Fact]
    public void Every_part_of_each_pass_is_the_same_in_parallel_and_one_after_another()
    {
        var sequential = Passes(Folder, parallel: false);
        var parallel = Passes(Folder, parallel: true);

        Assert.Equal(Folder.Length + 1, sequential.Length);
        var properties = typeof(FileBindingResult).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var described = sequential.Select(pass => Describe(property.GetValue(pass))).ToList();
            Assert.True(described.Any(text => text.Length > 2), property.Name + " is empty in every pass: the folder should exercise it");
            Assert.Equal(described, parallel.Select(pass => Describe(property.GetValue(pass))).ToList());
        }
    }

    [Fact]
    public void The_examples_bind_the_same_in_parallel_and_one_after_another()
    {
        var texts = Directory.EnumerateFiles(RepoPaths.Examples, "*.neg", SearchOption.AllDirectories).OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();

        var sequential = Passes(texts, parallel: false);
        var parallel = Passes(texts, parallel: true);

        foreach (var property in typeof(FileBindingResult).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Assert.Equal(sequential.Select(pass => Describe(property.GetValue(pass))), parallel.Select(pass => Describe(property.GetValue(pass))));
    }

    private static ImmutableArray<FileBindingResult> Passes(string[] texts, bool parallel)
    {
        var trees = texts.Select((text, index) => SyntaxTree.ParseText(text, $"file{index}.neg")).ToImmutableArray();
        NegotiationDsl.Binding.Binder.Bind(trees, parallel, out var passes);
        return passes;
    }

    /// <summary>
    /// A value as text that two bindings of the same files share: symbols by kind, name and place, nodes by
    /// kind and span, records and tuples by their parts, collections item by item.
    /// </summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        Diagnostic diagnostic => diagnostic.ToString(),
        Symbol symbol => $"{symbol.GetType().Name} {symbol.Name} {symbol.Location.FilePath}{symbol.Location.Span}",
        SyntaxNode node => $"{node.Kind}{node.Span}",
        SyntaxTree tree => tree.FilePath,
        ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Describe(tuple[i]))) + ")",
        _ when value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) =>
            Describe(type.GetProperty("Key")!.GetValue(value)) + ": " + Describe(type.GetProperty("Value")!.GetValue(value)),
        IEnumerable items => "[" + string.Join("; ", items.Cast<object?>().Select(Describe)) + "]",
        _ when value.GetType().IsValueType => value.ToString()!,
        _ => value.GetType().Name + "(" + string.Join(", ", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => property.Name + " " + Describe(property.GetValue(value)))) + ")",
    };
}
