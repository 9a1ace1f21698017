using System;
using System.Collections.Generic;
using System.Globalization;
using NegotiationDsl.Diagnostics;
using NegotiationDsl.Syntax;
using NegotiationDsl.Text;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationDsl.Dates;

/// <summary>
/// Turns date syntax into intervals. Relative dates count from an anchor (the statement's, meeting's or
/// talks' date, else the record's publication date) and never from "now". An anchor that is itself an
/// interval (a month, a range) gives the hull of the results for its first and last day, so precision is
/// kept rather than guessed. Month and year arithmetic on a day that does not exist in the target month
/// (2020-02-29 plus one year) clamps to the last day of that month and says so (NEG3007).
/// </summary>
internal sealed class DateResolver
{
    private readonly SourceText _text;
    private readonly PolicyTable _policies;
    private readonly Action<Diagnostic> _report;

    public DateResolver(SourceText text, PolicyTable policies, Action<Diagnostic> report)
    {
        _text = text;
        _policies = policies;
        _report = report;
    }

    /// <summary>Makes ready for the next date expression: the days of the last one's times are forgotten.</summary>
    public DateResolver Next(bool timeNeedsDay)
    {
        DaysOfTimes = null;
        TimeNeedsDay = timeNeedsDay;
        return this;
    }

    public DateInterval? Resolve(DateSyntax syntax, DateAnchor? anchor)
    {
        // Arithmetic may leave the calendar (`next_week` of 9999-12-31, `in 9999999 days`); NodaTime throws
        // then. One catch here instead of a range check before each step; the date stays unresolved.
        try
        {
            var interval = syntax switch
            {
                DateLiteralSyntax literal => ResolveLiteral(literal.Token),
                DateRangeSyntax range => ResolveRange(range, anchor),
                DateTimeSyntax dateTime => ResolveDay(dateTime, anchor),
                RelativeDateSyntax relative => ResolveRelative(relative, anchor),
                OffsetDateSyntax offset => ResolveOffset(Offset.From(_text, offset), anchor, offset),
                _ => null,
            };
            return interval is { } found && !DateInterval.IsInCalendar(found) ? OutOfRange(syntax) : interval;
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return OutOfRange(syntax);
        }
    }

    /// <summary>The day each time of day was written on (<c>2015-02-15 at 00:00</c>), for the time resolver; null when none was.</summary>
    public Dictionary<DateTimeSyntax, LocalDate>? DaysOfTimes { get; private set; }

    /// <summary>
    /// False for a meeting's or round's date, where a time on a week or month (<c>2022-W03 at 10:00</c>) is, as it
    /// always was, the local start time without a day; elsewhere a time on a longer date is NEG5042.
    /// </summary>
    public bool TimeNeedsDay { get; private set; } = true;

    /// <summary>A date with a time of day is its day; a time on a longer date has no day to stand on.</summary>
    private DateInterval? ResolveDay(DateTimeSyntax dateTime, DateAnchor? anchor)
    {
        var date = Resolve(dateTime.Date, anchor);
        if (date is { IsSingleDay: false } wide)
        {
            if (TimeNeedsDay) _report(DiagnosticCatalog.TimeNeedsDay(At(dateTime.Time), wide.ToString(), PrecisionName(wide.Precision)));
        }
        else if (date is { } day)
        {
            (DaysOfTimes ??= new())[dateTime] = day.Start;
        }
        return date;
    }

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Week => "a week",
        DatePrecision.Month => "a month",
        DatePrecision.Year => "a year",
        _ => "several days",
    };

    private DateInterval? OutOfRange(DateSyntax syntax)
    {
        _report(DiagnosticCatalog.DateOutOfRange(At(syntax), syntax.ToString().Trim()));
        return null;
    }

    private Location At(SyntaxElement element) => new(_text, element.Span);

    private DateInterval? ResolveLiteral(SyntaxToken token)
    {
        if (token.IsMissing) return null;
        var text = token.Text;
        switch (token.Kind)
        {
            case SyntaxKind.DateLiteralToken:
                if (IsoText.ParseDate(text) is { Year: >= 1 } day) return DateInterval.Day(day);
                return Invalid(token, "there is no such day in the calendar");
            case SyntaxKind.WeekLiteralToken:
                var weekYear = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
                var week = int.Parse(text.Substring(6, 2), CultureInfo.InvariantCulture);
                if (weekYear < 1 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
                    return Invalid(token, $"ISO year {weekYear} has weeks 01 to {WeekYearRules.Iso.GetWeeksInWeekYear(Math.Max(1, weekYear))}");
                var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
                return new DateInterval(monday, monday.PlusDays(6), DatePrecision.Week);
            case SyntaxKind.MonthLiteralToken:
                var year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
                var month = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
                if (year < 1 || month < 1 || month > 12) return Invalid(token, "months run from 01 to 12");
                var first = new LocalDate(year, month, 1);
                return new DateInterval(first, first.With(DateAdjusters.EndOfMonth), DatePrecision.Month);
            case SyntaxKind.NumberLiteralToken:
                if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var wholeYear) || wholeYear < 1)
                    return Invalid(token, "a year is written with four digits");
                return new DateInterval(new LocalDate(wholeYear, 1, 1), new LocalDate(wholeYear, 12, 31), DatePrecision.Year);
            default:
                return null;
        }
    }

    private DateInterval? Invalid(SyntaxToken token, string reason)
    {
        _report(DiagnosticCatalog.InvalidDate(At(token), token.Text, reason));
        return null;
    }

    private DateInterval? ResolveRange(DateRangeSyntax range, DateAnchor? anchor)
    {
        var start = Resolve(range.Start, anchor);
        var end = Resolve(range.End, anchor);
        if (start is not { } first || end is not { } last) return null;
        if (last.End < first.Start)
        {
            _report(DiagnosticCatalog.ReversedRange(At(range), first.ToString(), last.ToString()));
            return null;
        }

        return new DateInterval(first.Start, LocalDate.Max(first.End, last.End), (DatePrecision)Math.Max((int)first.Precision, (int)last.Precision));
    }

    private DateInterval? ResolveRelative(RelativeDateSyntax relative, DateAnchor? anchor)
    {
        var kind = relative.Keyword.Kind;
        if (kind is SyntaxKind.SoonKeyword or SyntaxKind.ComingDaysKeyword or SyntaxKind.ComingWeeksKeyword)
        {
            if (!_policies.TryGetOffset(kind, out var policy))
            {
                _report(DiagnosticCatalog.FuzzyDateWithoutPolicy(At(relative), relative.Keyword.Text));
                return null;
            }

            return ResolveOffset(policy, anchor, relative);
        }

        if (anchor is null)
        {
            _report(DiagnosticCatalog.UnanchoredRelativeDate(At(relative), relative.Keyword.Text));
            return null;
        }

        var fromStart = RelativeTo(kind, anchor.Interval.Start);
        var fromEnd = RelativeTo(kind, anchor.Interval.End);
        var hull = fromStart.Hull(fromEnd);
        // From an anchor known only to the month, "next_week" is known only to the month too.
        return anchor.Interval.IsSingleDay || hull.Precision >= anchor.Interval.Precision
            ? hull
            : new DateInterval(hull.Start, hull.End, anchor.Interval.Precision);
    }

    private static DateInterval RelativeTo(SyntaxKind kind, LocalDate day) => kind switch
    {
        SyntaxKind.TodayKeyword => DateInterval.Day(day),
        SyntaxKind.TomorrowKeyword => DateInterval.Day(day.PlusDays(1)),
        SyntaxKind.YesterdayKeyword => DateInterval.Day(day.PlusDays(-1)),
        SyntaxKind.ThisWeekKeyword => IsoWeekOf(day),
        SyntaxKind.NextWeekKeyword => IsoWeekOf(day.PlusWeeks(1)),
        SyntaxKind.LastWeekKeyword => IsoWeekOf(day.PlusWeeks(-1)),
        SyntaxKind.ThisMonthKeyword => MonthOf(day),
        SyntaxKind.NextMonthKeyword => MonthOf(day.With(DateAdjusters.StartOfMonth).PlusMonths(1)),
        SyntaxKind.LastMonthKeyword => MonthOf(day.With(DateAdjusters.StartOfMonth).PlusMonths(-1)),
        SyntaxKind.ThisYearKeyword => YearOf(day.Year),
        SyntaxKind.NextYearKeyword => YearOf(day.Year + 1),
        _ => YearOf(day.Year - 1),
    };

    /// <summary>The ISO week (Monday to Sunday) holding the day.</summary>
    private static DateInterval IsoWeekOf(LocalDate day) => new(
        day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        day.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday)),
        DatePrecision.Week);

    private static DateInterval MonthOf(LocalDate day) =>
        new(day.With(DateAdjusters.StartOfMonth), day.With(DateAdjusters.EndOfMonth), DatePrecision.Month);

    private static DateInterval YearOf(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary><c>in N unit</c> (that day), <c>within N unit</c> (from the anchor to that day), <c>N unit ago</c>.</summary>
    private DateInterval? ResolveOffset(Offset offset, DateAnchor? anchor, DateSyntax reportAt)
    {
        if (offset.IsNumberMissing || offset.IsUnitMissing) return null;
        var unitName = offset.UnitText;
        var number = offset.Number;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            // A whole number too large for a count is more days than the calendar has.
            if (number.IndexOf('.') < 0) return OutOfRange(reportAt);
            _report(DiagnosticCatalog.NotAWholeNumber(offset.NumberLocation, number, unitName));
            return null;
        }

        if (anchor is null)
        {
            _report(DiagnosticCatalog.UnanchoredRelativeDate(At(reportAt), reportAt.ToFullString().Trim()));
            return null;
        }

        var sign = offset.IsAgo ? -1 : 1;
        var start = Shift(anchor.Interval.Start, offset.Unit, sign * count, reportAt);
        var end = anchor.Interval.IsSingleDay ? start : Shift(anchor.Interval.End, offset.Unit, sign * count, reportAt);
        var target = new DateInterval(start, end, anchor.Interval.Precision);
        if (offset.Keyword == SyntaxKind.WithinKeyword)
            return new DateInterval(anchor.Interval.Start, target.End, anchor.Interval.Precision);
        return target;
    }

    private LocalDate Shift(LocalDate day, SyntaxKind unit, int count, SyntaxNode reportAt)
    {
        switch (unit)
        {
            case SyntaxKind.DaysKeyword:
                return day.PlusDays(count);
            case SyntaxKind.WeeksKeyword:
                return day.PlusWeeks(count);
            default:
                var shifted = unit == SyntaxKind.MonthsKeyword ? day.PlusMonths(count) : day.PlusYears(count);
                if (shifted.Day != day.Day)
                {
                    var offsetText = $"{count} {(unit == SyntaxKind.MonthsKeyword ? "month(s)" : "year(s)")}";
                    _report(DiagnosticCatalog.ClampedDate(At(reportAt), DateInterval.Format(day), offsetText, DateInterval.Format(shifted)));
                }

                return shifted;
        }
    }
}
