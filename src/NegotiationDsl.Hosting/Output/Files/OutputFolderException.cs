using System;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>Writing into an output folder failed or was refused; <see cref="Error"/> says why, for the user.</summary>
internal sealed class OutputFolderException : Exception
{
    public OutputFolderException(ToolError error)
        : base(error.Message) => Error = error;

    public ToolError Error { get; }
}
