namespace NegotiationDsl.Model;

/// <summary>How precisely a date is known: a week, month or year stands for some day (or all days) within it.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
