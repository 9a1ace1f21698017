namespace NegotiationDsl.Dates;

/// <summary>How precisely a date is known. A week, month or year stands for some day (or all days) within it.</summary>
public enum DatePrecision
{
    Day = 0,
    Week = 1,
    Month = 2,
    Year = 3,
}
