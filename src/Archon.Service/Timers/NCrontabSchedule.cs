using System.Globalization;

namespace Archon.Service.Timers;

/// <summary>
/// A six-field NCRONTAB schedule as the Functions timer trigger uses it: <c>{second} {minute} {hour} {day} {month}
/// {day-of-week}</c>, each <c>*</c>, a number, a range <c>a-b</c>, a list <c>a,b</c> and steps <c>*/n</c> or <c>a-b/n</c>
/// (day-of-week 0-6, Sunday = 0; month and weekday names like JAN or MON accepted). Times are UTC.
/// </summary>
internal sealed class NCrontabSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] _seconds;
    private readonly bool[] _minutes;
    private readonly bool[] _hours;
    private readonly bool[] _days;
    private readonly bool[] _months;
    private readonly bool[] _weekdays;
    private readonly bool _dayRestricted;
    private readonly bool _weekdayRestricted;

    private NCrontabSchedule(bool[][] fields, bool dayRestricted, bool weekdayRestricted)
    {
        (_seconds, _minutes, _hours, _days, _months, _weekdays) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        _dayRestricted = dayRestricted;
        _weekdayRestricted = weekdayRestricted;
    }

    /// <summary>Parses an expression; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static NCrontabSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6)
        {
            throw new FormatException($"NCRONTAB '{expression}': needs six fields (second minute hour day month day-of-week), got {parts.Length}");
        }

        string[] names = ["second", "minute", "hour", "day", "month", "day-of-week"];
        (int Min, int Max)[] ranges = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (0, 6)];
        var fields = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            fields[i] = ParseField(parts[i], ranges[i].Min, ranges[i].Max, i == 4 ? MonthNames : i == 5 ? DayNames : null, names[i], expression);
        }

        return new NCrontabSchedule(fields, parts[3] != "*", parts[5] != "*");
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC, whole seconds).</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var t = after.ToUniversalTime();
        t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, TimeSpan.Zero).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!_months[t.Month])
            {
                t = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
                continue;
            }

            if (!DayMatches(t))
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1);
                continue;
            }

            if (!_hours[t.Hour])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
                continue;
            }

            if (!_minutes[t.Minute])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddMinutes(1);
                continue;
            }

            if (!_seconds[t.Second])
            {
                t = t.AddSeconds(1);
                continue;
            }

            return t;
        }

        throw new InvalidOperationException("the schedule has no occurrence in the next five years");
    }

    // As in cron: when both day and day-of-week are restricted, either may match.
    private bool DayMatches(DateTimeOffset t)
    {
        var day = _days[t.Day];
        var weekday = _weekdays[(int)t.DayOfWeek];
        return _dayRestricted && _weekdayRestricted ? day || weekday : day && weekday;
    }

    private static bool[] ParseField(string field, int min, int max, string[]? names, string name, string expression)
    {
        var set = new bool[max + 1];
        foreach (var item in field.Split(','))
        {
            var step = 1;
            var rangePart = item;
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
                {
                    throw Bad(expression, name, item, "the step after '/' must be a positive integer");
                }

                rangePart = item[..slash];
            }

            int from, to;
            if (rangePart == "*")
            {
                (from, to) = (min, max);
            }
            else if (rangePart.IndexOf('-', StringComparison.Ordinal) is var dash and > 0)
            {
                from = Value(rangePart[..dash], min, max, names, name, expression);
                to = Value(rangePart[(dash + 1)..], min, max, names, name, expression);
                if (from > to)
                {
                    throw Bad(expression, name, item, "a range must go from low to high");
                }
            }
            else
            {
                from = Value(rangePart, min, max, names, name, expression);
                to = slash >= 0 ? max : from;
            }

            for (var v = from; v <= to; v += step)
            {
                set[v] = true;
            }
        }

        return set;
    }

    private static int Value(string text, int min, int max, string[]? names, string name, string expression)
    {
        if (names is not null)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index + min;
            }
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Bad(expression, name, text, $"must be a number from {min} to {max}");
        }

        return value;
    }

    private static FormatException Bad(string expression, string field, string item, string rule) =>
        new($"NCRONTAB '{expression}': {field} field '{item}': {rule}");
}
