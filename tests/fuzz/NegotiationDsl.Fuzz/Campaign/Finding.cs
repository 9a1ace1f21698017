using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;

namespace NegotiationDsl.Fuzz.Campaign;

/// <summary>
/// A crash, a broken rule or a hang. The signature groups findings with one cause: an exception's type and the
/// innermost frame of our own code; a violation's text with its numbers taken out.
/// </summary>
internal sealed record Finding(string Kind, string Signature, string Detail)
{
    private static readonly Regex Numbers = new("[0-9]+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static Finding FromException(Exception exception)
    {
        var frame = new StackTrace(exception).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType?.Namespace?.StartsWith("NegotiationDsl", StringComparison.Ordinal) == true && method.DeclaringType.Namespace != typeof(Finding).Namespace);
        var where = frame is null ? "?" : frame.DeclaringType!.FullName + "." + frame.Name;
        return new Finding("crash", $"{exception.GetType().FullName} in {where}", exception.ToString());
    }

    public static Finding FromViolations(IReadOnlyList<string> violations) =>
        new("violation", Numbers.Replace(violations[0], "N"), string.Join(Environment.NewLine, violations));
}
