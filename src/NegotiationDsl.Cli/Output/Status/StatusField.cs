using System;
using System.Text.Json;

namespace NegotiationDsl.Cli.Output.Status;

/// <summary>One property of a row of <c>negc status --format json</c>: its name and how to write its value.</summary>
internal sealed record StatusField<TRow>(string Name, Action<Utf8JsonWriter, string, TRow> Write);
