using System.Collections.Immutable;
using System.Linq;
using NegotiationDsl.Dates;
using NegotiationDsl.Syntax;
using NodaTime;
using DateInterval = NegotiationDsl.Dates.DateInterval;

namespace NegotiationDsl.Symbols;

/// <summary>
/// A milestone: a day that is nobody's obligation (<c>adoption_day: milestone "Adoption Day" after endorsement in 90 days;</c>).
/// Its <see cref="StatementSymbol.Date"/> is its own day (or period), counted from what it comes after when it is an offset;
/// later statements in any folder of an archive record that it happened, or did not (<see cref="Records"/>).
/// </summary>
public sealed class MilestoneSymbol : StatementSymbol
{
    internal MilestoneSymbol(string name, SyntaxTree tree, SyntaxNode declaration, SyntaxToken? identifier)
        : base(name, tree, declaration, identifier, StatementKind.Milestone)
    {
    }

    public override SymbolKind Kind => SymbolKind.Milestone;

    /// <summary>The milestone's name as written (<c>"Adoption Day"</c>).</summary>
    public string? Title => Text;

    /// <summary>Its day or period, or null when the records give it none (or it counts from something without a day).</summary>
    public DateInterval? Day => Date;

    /// <summary>The day of what it counts from (<c>after endorsement</c>), when it is counted from something.</summary>
    public DateInterval? CountsFrom { get; internal set; }

    /// <summary>The statements that record it happened (<c>happens</c>) or not (<c>fails</c>), in date order, undated last.</summary>
    public ImmutableArray<CommitmentEvent> Records { get; internal set; } = ImmutableArray<CommitmentEvent>.Empty;

    /// <summary>The first record that it happened, dated or not; null when none.</summary>
    public CommitmentEvent? Occurrence => Records.FirstOrDefault(record => record.Kind == StatementKind.Occurrence);

    /// <summary>The state on <paramref name="asOf"/> (null: no day, so unknown), by the rules shared with generated models.</summary>
    public MilestoneState GetState(LocalDate? asOf) => NegotiationDsl.Model.MilestoneStateRules.Evaluate(
        Days(Day), Day is { Precision: DatePrecision.Day }, Records.Select(record => (record.Kind, Days(record.Date))), asOf is { } day ? DayNumber(day) : null);

    internal override void MapReferences(SymbolMap map)
    {
        base.MapReferences(map);
        Records = map.MapEvents(Records);
    }
}
