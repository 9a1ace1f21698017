using System.Linq;
using System.Text;
using NegotiationDsl.Syntax;

namespace NegotiationDsl.Formatting;

/// <summary>Writes the tokens of a tree that has no syntax errors, choosing the whitespace of every gap anew.</summary>
internal sealed class FormattingWriter
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly SyntaxTree _tree;
    private readonly StringBuilder _output = new();
    private bool _wroteAnything;

    public FormattingWriter(SyntaxTree tree) => _tree = tree;

    public string Write()
    {
        if (_tree.Text.Length > 0 && _tree.Text[0] == ByteOrderMark) _output.Append(ByteOrderMark);
        SyntaxToken? previous = null;
        foreach (var token in _tree.Root.DescendantTokens())
        {
            WriteGap(previous, token, TriviaGap.Between(previous, token), TokenLayout.Of(token, previous));
            if (token.Kind != SyntaxKind.EndOfFileToken) Emit(token.Text);
            previous = token;
        }

        return _output.ToString();
    }

    private void WriteGap(SyntaxToken? previous, SyntaxToken token, TriviaGap gap, TokenLayout layout)
    {
        var afterOpen = previous?.Kind == SyntaxKind.LessThanToken;
        var commentIndent = layout.Placement switch
        {
            TokenPlacement.BlockClose or TokenPlacement.EmptyBlockClose => layout.Indent + TokenLayout.IndentSize,
            _ => layout.Indent,
        };

        for (var i = 0; i < gap.Comments.Count; i++)
        {
            var comment = gap.Comments[i];
            if (!_wroteAnything)
            {
                // The first thing in the file: no blank line or indentation before it.
            }
            else if (comment.BreaksBefore > 0)
            {
                NewLine(blank: comment.BreaksBefore > 1 && !(afterOpen && i == 0), commentIndent);
            }
            else
            {
                _output.Append(' ');
            }

            Emit(CommentText(comment.Trivia));
        }

        switch (layout.Placement)
        {
            case TokenPlacement.EndOfFile:
                if (_wroteAnything) _output.Append('\n');
                break;
            case TokenPlacement.MemberStart:
                if (_wroteAnything) NewLine(blank: gap.BreaksAfter > 1 && !(afterOpen && !gap.HasComments), layout.Indent);
                break;
            case TokenPlacement.BlockClose:
                NewLine(blank: false, layout.Indent);
                break;
            case TokenPlacement.EmptyBlockClose:
                if (gap.HasComments && (gap.EndsWithLineComment || gap.BreaksAfter > 0 || gap.Comments.Any(comment => comment.BreaksBefore > 0))) NewLine(blank: false, layout.Indent);
                else _output.Append(' ');
                break;
            case TokenPlacement.Attached:
                if (gap.EndsWithLineComment) NewLine(blank: false, layout.Indent);
                break;
            default:
                if (gap.EndsWithLineComment || (layout.Placement == TokenPlacement.Spaced && gap.BreaksAfter > 0)) NewLine(blank: false, layout.Indent);
                else _output.Append(' ');
                break;
        }
    }

    private void NewLine(bool blank, int indent)
    {
        _output.Append('\n');
        if (blank) _output.Append('\n');
        _output.Append(' ', indent);
    }

    private void Emit(string text)
    {
        _output.Append(text);
        _wroteAnything = true;
    }

    /// <summary>A comment as written, with LF line breaks and without trailing spaces on any of its lines.</summary>
    private static string CommentText(SyntaxTrivia comment)
    {
        var text = comment.Text.Replace("\r\n", "\n").Replace('\r', '\n');
        return string.Join("\n", text.Split('\n').Select(line => line.TrimEnd(' ', '\t', '\f', '\v', '\u00A0')));
    }
}
