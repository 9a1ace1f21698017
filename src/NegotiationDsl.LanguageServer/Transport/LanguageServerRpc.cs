using System;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NegotiationDsl.LanguageServer.Transport;

/// <summary>
/// StreamJsonRpc's connection with LSP-shaped errors: parameters that do not convert to the handler's types
/// are InvalidParams (-32602), not a generic failure, and no error carries the server's stack trace to the
/// client (StreamJsonRpc puts it in <c>error.data</c>). An unexpected exception is one line on the log.
/// </summary>
internal sealed class LanguageServerRpc(IJsonRpcMessageHandler handler, ServerLog log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException) return base.CreateErrorDetails(request, exception);
        if (exception is JsonException)
            return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"invalid parameters for '{request.Method}': {exception.Message}" };

        log.WriteLine($"{request.Method} failed: {exception.GetType().Name}: {exception.Message}");
        return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InternalError, Message = exception.Message };
    }
}
