using Archon.Service.Timers;

namespace Archon.Service.Tests.Timers;

public sealed class NCrontabScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero); // a Monday

    [Theory]
    [InlineData("*/5 * * * * *", "2026-11-23T12:00:05Z")]
    [InlineData("0 */5 * * * *", "2026-11-23T12:05:00Z")]
    [InlineData("0 30 9 * * *", "2026-11-24T09:30:00Z")]
    [InlineData("0 0 3 * * MON-FRI", "2026-11-24T03:00:00Z")]
    [InlineData("0 0 0 * * SAT", "2026-11-28T00:00:00Z")]
    [InlineData("0 0 0 1 JAN *", "2027-01-01T00:00:00Z")]
    [InlineData("15,45 0 12 * * *", "2026-11-23T12:00:15Z")]
    [InlineData("0 0 12 * * *", "2026-11-24T12:00:00Z")]
    [InlineData("0 0 12-14/2 * * *", "2026-11-23T14:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2028-02-29T00:00:00Z")]
    public void Next_Expression_ReturnsTheFirstLaterOccurrence(string expression, string expected)
    {
        var next = NCrontabSchedule.Parse(expression).Next(Start);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Next_DayAndWeekdayBothRestricted_EitherMatches()
    {
        // 1st of the month OR a Wednesday: from Monday 23 Nov the next is Wednesday 25 Nov.
        var next = NCrontabSchedule.Parse("0 0 0 1 * WED").Next(Start);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("* * * * *", "six fields")]
    [InlineData("60 * * * * *", "second field")]
    [InlineData("0 0 24 * * *", "hour field")]
    [InlineData("0 0 0 0 * *", "day field")]
    [InlineData("0 0 0 * 13 *", "month field")]
    [InlineData("0 0 0 * * 7", "day-of-week field")]
    [InlineData("*/0 * * * * *", "step")]
    [InlineData("0 5-1 * * * *", "low to high")]
    public void Parse_BadExpression_ThrowsNamingTheField(string expression, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => NCrontabSchedule.Parse(expression));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
