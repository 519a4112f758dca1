using System.Text.Json;
using Archon.Workflows.Searches;
using Archon.Workflows.Storage;
using Archon.Workflows.Tests.Support;
using Cronos;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Workflows.Tests.Searches;

[Collection(AzuriteCollection.Name)]
public sealed class ScheduledSearchesTests(AzuriteFixture azurite)
{
    private static readonly string Definitions = JsonSerializer.Serialize(new object[]
    {
        new
        {
            name = "nightly",
            architectures = new[] { new { name = "right", layers = new[] { new[] { new { type = "generator", model = "sim-large" } } } } },
            items = new[] { new { question = "What is 1 + 2?", answer = "3" } },
        },
        new { name = "broken", items = new[] { new { question = "q" } } },
    });

    [Fact]
    public async Task Start_SameOccurrenceTwice_StartsEachSearchOnceAndSkipsAnInvalidOne()
    {
        await using var host = await WorkflowHost.StartAsync(
            FakeEngine.Create(new FakeRunner()), storage: azurite.ConnectionString,
            settings: new Dictionary<string, string?> { ["Archon:ScheduledSearches"] = Definitions, ["Archon:SearchSchedule"] = "0 0 3 * * *" });
        await host.Services.GetRequiredService<ArchonStorage>().EnsureCreatedAsync(default);
        var searches = host.Services.GetRequiredService<ScheduledSearches>();
        var occurrence = new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

        // Two hosts firing for the same occurrence.
        var first = await searches.StartAsync(occurrence, host.Client, default);
        var second = await searches.StartAsync(occurrence, host.Client, default);
        var nextDay = await searches.StartAsync(occurrence.AddDays(1), host.Client, default);

        Assert.Equal(2, first.Count);
        Assert.False(first[0].AlreadyExisted);
        Assert.Equal(ScheduledSearches.IdOf("nightly", occurrence), first[0].Id);
        Assert.NotNull(first[1].Error);
        Assert.True(second[0].AlreadyExisted);
        Assert.Equal(first[0].Id, second[0].Id);
        Assert.NotEqual(first[0].Id, nextDay[0].Id);
        Assert.False(nextDay[0].AlreadyExisted);
    }

    [Fact]
    public void Occurrences_TheLastMinuteOfADailySchedule_ContainsItsOccurrenceOnce()
    {
        var cron = CronExpression.Parse("0 0 3 * * *", CronFormat.IncludeSeconds);
        var at = new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal([at], ScheduledSearches.Occurrences(cron, at.AddSeconds(-90), at.AddSeconds(10)));
        Assert.Empty(ScheduledSearches.Occurrences(cron, at, at.AddSeconds(90)));
        Assert.Empty(ScheduledSearches.Occurrences(CronExpression.Parse("0 0 0 30 2 *", CronFormat.IncludeSeconds), at, at.AddYears(5)));
    }
}
