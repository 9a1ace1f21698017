namespace NegotiationDsl.Cli.Commands;

/// <summary>What <c>negc format</c> does with a record that is not formatted.</summary>
internal enum FormatMode
{
    /// <summary>Rewrite the file (print the record, for <c>-</c>).</summary>
    Write,

    /// <summary>Write nothing; name the file.</summary>
    Check,

    /// <summary>Write nothing; print a unified diff.</summary>
    Diff,
}
