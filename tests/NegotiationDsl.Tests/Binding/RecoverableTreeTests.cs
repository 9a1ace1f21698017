using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using NegotiationDsl.Emit.CSharp;
using NegotiationDsl.Emit.Json;
using NegotiationDsl.Reports;
using NegotiationDsl.Syntax;
using NegotiationDsl.Tests.Infrastructure;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

/// <summary>
/// A bound compilation keeps no syntax node alive (memory held, docs/performance.md); its trees parse their text again on
/// demand, and every answer about the new nodes is the answer about the old ones.
/// </summary>
public sealed class RecoverableTreeTests
{
    [Fact]
    public void A_bound_compilation_keeps_none_of_its_syntax_nodes_alive()
    {
        var (compilation, oldRoots) = CompileAndForgetTheRoots();

        Collect();

        Assert.All(oldRoots, root => Assert.False(root.TryGetTarget(out _), "a binding result still holds a node"));
        Assert.All(compilation.SyntaxTrees, tree => Assert.False(tree.TryGetRoot(out _)));
    }

    [Fact]
    public void A_tree_parsed_again_gives_the_same_text_symbols_dates_references_and_outputs()
    {
        var (recovered, _) = CompileAndForgetTheRoots();
        Collect();
        var fresh = Examples();

        Assert.Equal(fresh.SyntaxTrees.Select(tree => tree.Root.ToFullString()), recovered.SyntaxTrees.Select(tree => tree.Root.ToFullString()));
        Assert.Equal(SymbolTablePrinter.Print(fresh), SymbolTablePrinter.Print(recovered));
        Assert.Equal(Answers(fresh), Answers(recovered));
        Assert.Equal(CSharpModelEmitter.Emit(fresh, "geneva-2022"), CSharpModelEmitter.Emit(recovered, "geneva-2022"));
        Assert.Equal(RecordJsonWriter.Write(fresh, "geneva-2022"), RecordJsonWriter.Write(recovered, "geneva-2022"));
        Assert.Equal(MarkdownReportWriter.Write(ReportModel.Build(fresh, "geneva-2022")), MarkdownReportWriter.Write(ReportModel.Build(recovered, "geneva-2022")));
    }

    [Fact]
    public void A_statements_strings_are_its_literals_values_after_the_text_was_let_go()
    {
        var (compilation, text) = CompileAndForgetTheText("""
            record "Written strings" source "RBC" published 2022-01-21 language "en";
            party USA state "United States of America" code "USA";
            party Russia state "Russian Federation" code "RUS";
            person Blinken "Antony Blinken" office "Secretary of State" of USA from 2021-01-26;
            person Lavrov "Sergei Lavrov" office "Minister of Foreign Affairs" of Russia from 2004-03-09;

            meeting Geneva 2022-01-21 with Blinken, Lavrov <
              Blinken commits "a \"written\" response" to Russia by next_week after "consultations with allies" if "NATO agrees" about "security — гарантии";
              Lavrov calls "the US reaction" "preliminary" quote "Посмотрим \\ see";
              Blinken says "the talks were useful" as "Secretary of State";
            >
            """);
        Collect();

        Assert.False(text.TryGetTarget(out _), "the text's string is still held");

        var statements = compilation.Symbols.OfType<NegotiationDsl.Symbols.StatementSymbol>().ToList();
        Assert.Equal(["a \"written\" response", "preliminary", "the talks were useful"], statements.Select(statement => statement.Text));
        Assert.Equal("consultations with allies", statements[0].AfterText);
        Assert.Equal("NATO agrees", statements[0].Condition);
        Assert.Equal("security — гарантии", statements[0].Topic);
        Assert.Equal("the US reaction", statements[1].TargetText);
        Assert.Equal("Посмотрим \\ see", statements[1].Quote);
        Assert.Equal("Secretary of State", statements[2].Capacity);
        Assert.Null(statements[2].Quote);
    }

    [Fact]
    public void Emitting_and_reporting_a_bound_compilation_parses_no_tree_again()
    {
        var (compilation, _) = CompileAndForgetTheRoots();
        Collect();

        // No collection may run while the back-ends work: a root parsed again would then still be in memory here.
        Assert.True(GC.TryStartNoGCRegion(64 * 1024 * 1024));
        try
        {
            CSharpModelEmitter.Emit(compilation, "geneva-2022");
            RecordJsonWriter.Write(compilation, "geneva-2022");
            MarkdownReportWriter.Write(ReportModel.Build(compilation, "geneva-2022"));
            Assert.All(compilation.SyntaxTrees, tree => Assert.False(tree.TryGetRoot(out _), $"{tree.FilePath} was parsed again"));
        }
        finally
        {
            if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    [Fact]
    public void Nodes_someone_holds_stay_the_nodes_of_their_tree()
    {
        var compilation = Examples();
        var tree = compilation.SyntaxTrees[0];
        var held = tree.Root;
        compilation.GetDiagnostics();

        Collect();

        Assert.Same(held, tree.Root);
        Assert.All(compilation.Symbols.Where(symbol => symbol.SyntaxTree == tree), symbol => Assert.Same(held, RootOf(symbol.Declaration)));
    }

    [Fact]
    public void Start_and_kind_name_one_node_in_every_example()
    {
        // Binding results are keyed by (start, kind); in a file without errors no two nodes share both.
        foreach (var tree in Examples().SyntaxTrees)
        {
            var nodes = tree.Root.DescendantNodesAndSelf().ToList();
            Assert.Equal(nodes.Count, nodes.Select(node => (node.Span.Start, node.Kind)).Distinct().Count());
        }
    }

    /// <summary>Per identifier of every file: what it declares or refers to, and where each symbol's references are.</summary>
    private static List<string> Answers(Compilation compilation)
    {
        var answers = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var token in tree.Root.DescendantTokens().Where(token => token.Kind == SyntaxKind.IdentifierToken))
                answers.Add($"{tree.FilePath} {token.Span} {model.GetSymbolAt(token.Span.Start)?.ToString() ?? "-"}");
        }

        foreach (var symbol in compilation.Symbols)
        {
            var references = compilation.FindReferences(symbol).Select(name => name.Span.ToString());
            answers.Add($"{symbol} declared {symbol.Declaration.Kind} {symbol.Declaration.Span} named {symbol.Identifier?.Text ?? "-"} referred at {string.Join(" ", references)}");
        }

        return answers;
    }

    /// <summary>Not inlined: the roots must not outlive this frame in a local the JIT keeps alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Compilation Compilation, List<WeakReference<CompilationUnitSyntax>> Roots) CompileAndForgetTheRoots()
    {
        var compilation = Examples();
        var roots = compilation.SyntaxTrees.Select(tree => new WeakReference<CompilationUnitSyntax>(tree.Root)).ToList();
        compilation.GetDiagnostics();
        Assert.NotEmpty(compilation.Symbols);
        return (compilation, roots);
    }

    /// <summary>Not inlined, for the same reason: the text's string must be let go once the compilation is bound.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Compilation Compilation, WeakReference<string> Text) CompileAndForgetTheText(string record)
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText(new string(record.AsSpan()), "record.neg")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == NegotiationDsl.Diagnostics.DiagnosticSeverity.Error);
        return (compilation, new WeakReference<string>(compilation.SyntaxTrees[0].Text.Text));
    }

    /// <summary>The Geneva record, bound with the rest of the examples' archive (which releases every tree's root).</summary>
    private static Compilation Examples() => Golden.ExampleGoldenTests.Compile("examples/geneva-2022");

    private static SyntaxNode RootOf(SyntaxNode node)
    {
        while (node.Parent is { } parent) node = parent;
        return node;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
