using System.Collections.Generic;

namespace NegotiationDsl.Model;

/// <summary>
/// The one table of what may stand around a quantity's number: the scale words after it, the units of measure,
/// and the ISO 4217 currency codes before it. Any other word after the number names the things counted.
/// </summary>
public static class QuantityUnits
{
    /// <summary>Scale words and their factors: <c>1.5 billion</c>.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Scales = new Dictionary<string, decimal>(System.StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>Units of measure and what each measures.</summary>
    public static readonly IReadOnlyDictionary<string, string> Measures = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["km"] = "kilometres",
        ["m"] = "metres",
        ["mm"] = "millimetres",
        ["mi"] = "miles",
        ["nmi"] = "nautical miles",
        ["km2"] = "square kilometres",
        ["ha"] = "hectares",
        ["kg"] = "kilograms",
        ["t"] = "tonnes",
        ["kt"] = "kilotonnes",
        ["percent"] = "per cent",
    };

    /// <summary>
    /// ISO 4217 codes of the currencies in use (and the codes for gold, silver and special drawing rights):
    /// written before the number, <c>USD 1.5 billion</c>.
    /// </summary>
    public static readonly IReadOnlyCollection<string> Currencies = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND",
        "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
        "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
        "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
        "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XCD", "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    };

    /// <summary>The word after <c>at</c> in a bound, and the bound it makes.</summary>
    public static readonly IReadOnlyDictionary<string, Approximation> Bounds = new Dictionary<string, Approximation>(System.StringComparer.Ordinal)
    {
        ["least"] = Approximation.AtLeast,
        ["most"] = Approximation.AtMost,
    };

    /// <summary>How a bound is written: <c>about</c>, <c>at least</c>, <c>at most</c>; empty when exact.</summary>
    public static string Word(Approximation approximation) => approximation switch
    {
        Approximation.About => "about",
        Approximation.AtLeast => "at least",
        Approximation.AtMost => "at most",
        _ => "",
    };
}
