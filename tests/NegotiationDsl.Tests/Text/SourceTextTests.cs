using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using NegotiationDsl.Text;
using Xunit;

namespace NegotiationDsl.Tests.Text;

/// <summary>
/// A bound tree's text is kept as UTF-8 and decoded again when asked for after its string was collected
/// (docs/performance.md, R4); every answer about the text is the same as before.
/// </summary>
public sealed class SourceTextTests
{
    public static TheoryData<string> Texts => new()
    {
        Repeat("party USA state \"United States\";\n"),
        Repeat("party Kremlin body \"the Kremlin\" aka \"Кремль\";\r\n"),
        "\uFEFF" + Repeat("person Zelenskyy \"Володимир Зеленський\"; // 🇺🇦\u2028"),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_compact_text_gives_back_the_same_text_lines_and_positions(string original)
    {
        var text = Copied(original);
        var before = Answers(text);

        var weak = Compact(text);
        Collect();

        Assert.False(weak.TryGetTarget(out _), "the string handed out before was not let go");
        Assert.Equal(original, text.Text);
        Assert.Equal(before, Answers(text));
    }

    [Fact]
    public void A_text_read_from_bytes_keeps_its_bom_and_replacement_characters_when_compact()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Repeat("record \"a\";\n"))).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var text = SourceText.From(bytes, "a.neg");
        var original = text.Text;

        Compact(text);
        Collect();

        Assert.Equal(original, text.Text);
        Assert.Equal('\uFEFF', text[0]);
        Assert.Equal('\uFFFD', text[text.Length - 2]);
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_stays_a_string()
    {
        var original = Repeat("record \"a\";\n") + "\uD800 broken";
        var text = SourceText.From(original);

        text.KeepCompact();

        Assert.Same(original, text.Text);
    }

    [Fact]
    public void A_text_kept_as_a_string_is_not_compacted_and_survives_a_collection()
    {
        var text = Copied(Repeat("record \"Genève\";\n"));
        var weak = new WeakReference<string>(text.Text);

        text.KeepAsString();
        text.KeepCompact();
        Collect();

        Assert.False(text.IsCompact);
        Assert.True(weak.TryGetTarget(out var kept));
        Assert.Same(kept, text.Text);
    }

    [Fact]
    public void A_compact_text_kept_as_a_string_holds_the_string_again()
    {
        var text = Copied(Repeat("record \"Genève\";\n"));
        Compact(text);
        Collect();

        text.KeepAsString();
        var first = text.Text;
        Collect();

        Assert.False(text.IsCompact);
        Assert.Same(first, text.Text);
    }

    /// <summary>Not inlined, and from a copy: the test data holds the original string.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SourceText Copied(string original) => SourceText.From(new string(original.AsSpan()), "a.neg");

    private static string Repeat(string line) => string.Concat(Enumerable.Repeat(line, 40));

    private static string Answers(SourceText text) => string.Join("|",
        text.Length, text.LineCount, text.ToString(new TextSpan(3, 20)), text[text.Length - 1],
        string.Join(",", Enumerable.Range(0, text.LineCount).Select(line => text.GetLineSpan(line))),
        text.GetLinePosition(text.Length / 2), text.GetPosition(new LinePosition(2, 5)));

    /// <summary>Not inlined: the string the text hands out here must not outlive this frame in a local the JIT keeps alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<string> Compact(SourceText text)
    {
        var weak = new WeakReference<string>(text.Text);
        text.KeepCompact();
        return weak;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
