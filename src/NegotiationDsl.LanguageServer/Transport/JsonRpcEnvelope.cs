using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Unicode;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// The top level of one incoming message, read before StreamJsonRpc sees it: its method and id, or the error to
/// answer instead. StreamJsonRpc treats a body it cannot read as a broken connection; checking here lets the
/// server answer that one message (-32700 for text that is not JSON, -32600 for JSON that is not a JSON-RPC
/// message) and read the next. Lone surrogate escapes are replaced first (<see cref="LoneSurrogateEscapes"/>), once
/// for every reader: <see cref="Body"/> is what the rest of the server reads.
/// </summary>
internal sealed record JsonRpcEnvelope(string? Method, RequestId Id, bool IsResponse, JsonRpcError.ErrorDetail? Problem)
{
    /// <summary>The message as every later reader gets it: with each lone surrogate escape replaced by U+FFFD's.</summary>
    public byte[] Body { get; private init; } = [];

    public bool IsRequest => Method is not null && !Id.IsEmpty;

    public static JsonRpcEnvelope Read(byte[] body)
    {
        // Utf8JsonReader checks UTF-8 only where a string is decoded, and then throws what is no JsonException.
        if (!Utf8.IsValid(body)) return Invalid(RequestId.Null, JsonRpcErrorCode.ParseError, "the message is not JSON: it is not UTF-8");
        var readable = LoneSurrogateEscapes.Replace(body, out var replacedAt);
        try
        {
            return ReadObject(readable, replacedAt) with { Body = readable };
        }
        catch (JsonException exception)
        {
            return Invalid(RequestId.Null, JsonRpcErrorCode.ParseError, "the message is not JSON: " + exception.Message);
        }
    }

    public static JsonRpcEnvelope Invalid(RequestId id, JsonRpcErrorCode code, string message) =>
        new(null, id, IsResponse: false, new JsonRpcError.ErrorDetail { Code = code, Message = message });

    private static JsonRpcEnvelope ReadObject(ReadOnlySpan<byte> body, IReadOnlyList<int> replacedAt)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read()) throw new JsonException("the message is empty");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            ReadToEnd(ref reader);
            return Invalid(RequestId.Null, JsonRpcErrorCode.InvalidRequest, "a message must be a JSON object (LSP has no batches)");
        }

        string? method = null, problem = null;
        RequestId id = default;
        var hasMethod = false;
        var isResponse = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id" when HoldsReplacement(ref reader, replacedAt):
                    // The answer could only carry U+FFFD instead: an id the client never sent, or another request's.
                    problem ??= "'id' holds a lone surrogate, so no answer could carry it back unchanged";
                    break;
                case "id":
                    if (ReadId(ref reader) is { } read) id = read;
                    else problem ??= "'id' must be a string, an integer or null";
                    break;
                case "method":
                    hasMethod = true;
                    if (reader.TokenType == JsonTokenType.String) method = reader.GetString();
                    else problem ??= "'method' must be a string";
                    break;
                // Null is taken as absent: some clients send it for the parameterless shutdown and exit.
                case "params" when reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null):
                    problem ??= "'params' must be an object or an array";
                    break;
                case "result" or "error":
                    isResponse = true;
                    break;
            }

            reader.Skip();
        }

        ReadToEnd(ref reader);
        if (!hasMethod && !isResponse) problem ??= "a message must have a 'method' (or be a response with 'result' or 'error')";
        // An id that could not be read is answered as null: the client cannot match it to anything anyway.
        return problem is null
            ? new JsonRpcEnvelope(method, id, isResponse && !hasMethod, null)
            : Invalid(id.IsEmpty ? RequestId.Null : id, JsonRpcErrorCode.InvalidRequest, problem);
    }

    /// <summary>Whether the current value had a lone surrogate escape replaced in it.</summary>
    private static bool HoldsReplacement(ref Utf8JsonReader reader, IReadOnlyList<int> replacedAt)
    {
        if (reader.TokenType != JsonTokenType.String) return false;
        foreach (var at in replacedAt)
        {
            if (at >= reader.TokenStartIndex && at < reader.BytesConsumed) return true;
        }

        return false;
    }

    private static RequestId? ReadId(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new RequestId(reader.GetString()),
        JsonTokenType.Number when reader.TryGetInt64(out var number) => new RequestId(number),
        JsonTokenType.Null => RequestId.Null,
        _ => null,
    };

    /// <summary>Reads what is left, so that trailing garbage after the object is a parse error too.</summary>
    private static void ReadToEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }
}
