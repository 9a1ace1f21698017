namespace NegotiationDsl.Model;

/// <summary>How a quantity or a duration is bounded: exactly, about, at least or at most the value.</summary>
public enum Approximation
{
    Exact,

    /// <summary><c>about</c>: "some 5,000", "about eight hours".</summary>
    About,

    /// <summary><c>at least</c>: the value is a lower bound.</summary>
    AtLeast,

    /// <summary><c>at most</c>: the value is an upper bound ("up to", "reduce to").</summary>
    AtMost,
}
