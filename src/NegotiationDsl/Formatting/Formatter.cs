using System.Linq;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Formatting;

/// <summary>
/// The one style of .neg files. Only the whitespace between tokens changes: one statement per line, two
/// spaces of indentation per <c>&lt; &gt;</c> block, one space between tokens (none before <c>;</c>,
/// <c>,</c>, <c>:</c> and around <c>..</c>), line breaks inside a statement kept as continuation lines
/// indented by four more, blank lines kept but collapsed to one, no trailing spaces, LF line breaks and
/// exactly one final newline. Every comment stays where it was: on its own line or after code, in the
/// same gap between the same two tokens. Formatting is idempotent. A file with syntax errors is returned
/// unchanged: its tree holds guesses, and rewriting around a guess could move text the author meant.
/// </summary>
public static class Formatter
{
    /// <summary>True when <paramref name="tree"/> has no syntax errors, so <see cref="Format"/> will rewrite it.</summary>
    public static bool CanFormat(SyntaxTree tree) =>
        tree.Diagnostics.IsEmpty &&
        !tree.Root.DescendantTokens().Any(token => token.IsMissing || token.LeadingTrivia.Concat(token.TrailingTrivia).Any(IsUnparsed));

    /// <summary>The formatted text of <paramref name="tree"/>, or its text unchanged when it has syntax errors.</summary>
    public static string Format(SyntaxTree tree) => CanFormat(tree) ? new FormattingWriter(tree).Write() : tree.Text.Text;

    private static bool IsUnparsed(SyntaxTrivia trivia) =>
        trivia.Kind is SyntaxKind.SkippedTokensTrivia or SyntaxKind.UnexpectedCharactersTrivia or SyntaxKind.UnterminatedBlockCommentTrivia;
}
