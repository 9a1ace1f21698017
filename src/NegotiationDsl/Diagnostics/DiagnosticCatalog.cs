using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace NegotiationDsl.Diagnostics;

/// <summary>
/// The one catalogue of diagnostics. Codes are permanent: a retired code is never reused. Ranges by
/// phase: 1xxx syntax, 2xxx names and actors, 3xxx dates, 4xxx commitments, 9xxx tool and I/O.
/// Each phase has its own partial file with its descriptors and one factory method per diagnostic.
/// </summary>
public static partial class DiagnosticCatalog
{
    public const string HelpLinkBase = "docs/diagnostics.md";

    private static ImmutableArray<DiagnosticDescriptor> _all;

    /// <summary>Every descriptor in the catalogue, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All
    {
        get
        {
            if (_all.IsDefault)
            {
                _all = typeof(DiagnosticCatalog)
                    .GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(member => member.FieldType == typeof(DiagnosticDescriptor))
                    .Select(member => (DiagnosticDescriptor)member.GetValue(null)!)
                    .OrderBy(descriptor => descriptor.Code, System.StringComparer.Ordinal)
                    .ToImmutableArray();
            }

            return _all;
        }
    }

    public static DiagnosticDescriptor? Find(string code)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Code == code) return descriptor;
        }

        return null;
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, arguments);

    private static Diagnostic Create(
        DiagnosticDescriptor descriptor, Location location, ImmutableSortedDictionary<string, string> properties, params object[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, properties, arguments);

    internal static string JoinAlternatives(IReadOnlyList<string> items)
    {
        if (items.Count == 0) return "nothing";
        if (items.Count == 1) return items[0];
        return string.Join(", ", items.Take(items.Count - 1)) + " or " + items[items.Count - 1];
    }
}
