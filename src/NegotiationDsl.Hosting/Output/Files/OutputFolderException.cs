using System;
using NegotiationDsl.Diagnostics;

namespace NegotiationDsl.Hosting.Output.Files;

/// <summary>Writing into an output folder failed or was refused; <see cref="Error"/> says why, for the user.</summary>
internal sealed class OutputFolderException : Exception
{
    public OutputFolderException(Diagnostic error)
        : base(error.Message) => Error = error;

    public Diagnostic Error { get; }
}
