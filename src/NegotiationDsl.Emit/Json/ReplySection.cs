using System.Text.Json;
using NegotiationDsl.Language;

namespace NegotiationDsl.Emit.Json;

/// <summary>
/// <c>proposals</c>: every labelled offer and proposal with the replies to it (acceptances, rejections, answers
/// without a decision), from whichever folder. Its reply state is not written: it depends on the day it is asked on.
/// </summary>
internal static class ReplySection
{
    public static void Write(Utf8JsonWriter json, EmitContext context)
    {
        var ids = context.Ids;
        json.WriteStartArray("proposals");
        foreach (var target in context.Compilation.ReplyTargets)
        {
            json.WriteStartObject();
            json.WriteText("id", ids[target]);
            json.WriteString("kind", Verbs.Of(target.StatementKind).Name);
            json.WriteInterval("made", target.Date);
            json.WriteStartArray("replies");
            foreach (var reply in target.Replies) CommitmentSection.WriteEvent(json, reply, ids);

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
