namespace NegotiationDsl.Model;

/// <summary>A number with its unit as a statement states it: <c>about 5000 prisoners</c>, <c>USD 1.5 billion</c>, <c>at least 50 km</c>.</summary>
public sealed class Quantity
{
    public Quantity(decimal value, string? unit, UnitKind unitKind, Approximation approximation, string? subject)
    {
        Value = value;
        Unit = unit;
        UnitKind = unitKind;
        Approximation = approximation;
        Subject = subject;
    }

    /// <summary>The value with its scale word applied: <c>1.5 billion</c> is 1,500,000,000.</summary>
    public decimal Value { get; }

    /// <summary>The unit as the table spells it (<c>km</c>, <c>USD</c>), or the thing counted (<c>prisoners</c>); null for a bare number.</summary>
    public string? Unit { get; }
    public UnitKind UnitKind { get; }
    public Approximation Approximation { get; }

    /// <summary>What the quantity measures, when the statement says it (<c>"for artillery of 100 mm calibre"</c>).</summary>
    public string? Subject { get; }

    /// <summary>The value as a reader writes it: <c>5,000</c>, <c>1.5 billion</c> (a million and more with the scale word), <c>0.5</c>.</summary>
    public string ValueText
    {
        get
        {
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            foreach (var (word, factor) in new[] { ("trillion", 1_000_000_000_000m), ("billion", 1_000_000_000m), ("million", 1_000_000m) })
            {
                if (System.Math.Abs(Value) >= factor) return (Value / factor).ToString("#,0.###", culture) + " " + word;
            }

            return Value.ToString("#,0.####", culture);
        }
    }

    /// <summary><c>about 5,000 prisoners</c>, <c>at least 50 km</c>, <c>USD 1.5 billion</c>: the bound, the value and the unit.</summary>
    public override string ToString()
    {
        var bound = QuantityUnits.Word(Approximation);
        var text = UnitKind switch
        {
            UnitKind.Currency => Unit + " " + ValueText,
            UnitKind.None => ValueText,
            _ => ValueText + " " + Unit,
        };
        return bound.Length == 0 ? text : bound + " " + text;
    }
}

/// <summary>What a quantity's unit is.</summary>
public enum UnitKind
{
    /// <summary>No unit: a bare number.</summary>
    None,

    /// <summary>A number of things, named by the word after the number (<c>prisoners</c>, <c>troops</c>).</summary>
    Count,

    /// <summary>A unit of measure of the table (<c>km</c>, <c>percent</c>).</summary>
    Measure,

    /// <summary>An ISO 4217 currency code written before the number (<c>USD</c>).</summary>
    Currency,
}
