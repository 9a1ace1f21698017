using NegotiationDsl.Dates;
using NodaTime;
using Xunit;

namespace NegotiationDsl.Tests.Binding;

public sealed class IsoTextTests
{
    [Theory]
    [InlineData("2022-01-21", 2022, 1, 21)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0000-01-01", 0, 1, 1)]
    public void Real_days_parse(string text, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), IsoText.ParseDate(text));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-04-31")]
    [InlineData("2022-01-00")]
    [InlineData("2022/01/21")]
    [InlineData("22-01-21")]
    public void Days_that_do_not_exist_do_not_parse(string text) => Assert.Null(IsoText.ParseDate(text));

    [Theory]
    [InlineData(2022, 1, 21, "2022-01-21")]
    [InlineData(0, 1, 1, "0000-01-01")]
    [InlineData(-1, 12, 31, "-0001-12-31")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Dates_are_written_with_astronomical_years(int year, int month, int day, string expected) =>
        Assert.Equal(expected, IsoText.FormatDate(new LocalDate(year, month, day)));

    [Theory]
    [InlineData("00:00", 0, 0)]
    [InlineData("13:05", 13, 5)]
    [InlineData("23:59", 23, 59)]
    public void Times_parse(string text, int hour, int minute) => Assert.Equal(new LocalTime(hour, minute), IsoText.ParseTime(text));

    [Theory]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("1:30")]
    public void Impossible_times_do_not_parse(string text) => Assert.Null(IsoText.ParseTime(text));
}
