using System.Globalization;
using System.Text.Json;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Settings;
using Archon.Workflows.Storage;
using Cronos;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archon.Workflows.Searches;

/// <summary>
/// Starts the scheduled searches for one occurrence of <c>Archon__SearchSchedule</c>: the requests in
/// <c>Archon__ScheduledSearches</c> (a JSON array), or else the blobs <c>schedules/*.json</c>. Each search's id derives
/// from its schedule name (its <c>"name"</c>, or where it is defined) and the occurrence, so two hosts firing for the same
/// occurrence — or one firing twice — start each search once. A definition that does not validate is logged and skipped.
/// </summary>
internal sealed partial class ScheduledSearches(
    SearchStarter starter, BlobJson blobs, IOptions<WorkflowOptions> options, ILogger<ScheduledSearches> logger)
{
    public async Task<IReadOnlyList<BenchmarkStart>> StartAsync(DateTimeOffset occurrence, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var started = new List<BenchmarkStart>();
        foreach (var (name, body) in await DefinitionsAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = IdOf(name, occurrence);
            var start = await starter.StartAsync(body, id, client, cancellationToken).ConfigureAwait(false);
            if (start.Error is { } error)
            {
                LogInvalid(logger, name, error.ToString());
            }
            else
            {
                LogStarted(logger, name, id, start.AlreadyExisted);
            }

            started.Add(start);
        }

        return started;
    }

    /// <summary>The search id of schedule <paramref name="name"/> at <paramref name="occurrence"/>.</summary>
    public static string IdOf(string name, DateTimeOffset occurrence) =>
        WorkflowIds.From($"schedule:{name}:{occurrence.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}");

    /// <summary>The occurrences of <paramref name="cron"/> in (<paramref name="after"/>, <paramref name="until"/>].</summary>
    public static IReadOnlyList<DateTimeOffset> Occurrences(CronExpression cron, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(cron);
        return [.. cron.GetOccurrences(after.UtcDateTime, until.UtcDateTime, fromInclusive: false, toInclusive: true).Select(d => new DateTimeOffset(d, TimeSpan.Zero))];
    }

    private async Task<List<(string Name, JsonElement Body)>> DefinitionsAsync(CancellationToken cancellationToken)
    {
        var definitions = new List<(string, JsonElement)>();
        if (!string.IsNullOrWhiteSpace(options.Value.ScheduledSearches))
        {
            using var document = JsonDocument.Parse(options.Value.ScheduledSearches);
            var i = 0;
            foreach (var body in document.RootElement.EnumerateArray())
            {
                definitions.Add((NameOf(body, string.Create(CultureInfo.InvariantCulture, $"{SettingRule.Name(nameof(WorkflowOptions.ScheduledSearches))}[{i++}]")), body.Clone()));
            }

            return definitions;
        }

        foreach (var path in await blobs.ListAsync(StorageNames.SchedulesPrefix, cancellationToken).ConfigureAwait(false))
        {
            using var document = await blobs.GetAsync<JsonDocument>(path, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                definitions.Add((NameOf(document.RootElement, path), document.RootElement.Clone()));
            }
        }

        return definitions;
    }

    private static string NameOf(JsonElement body, string fallback) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : fallback;

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled search {Name} does not validate and was skipped: {Reason}")]
    private static partial void LogInvalid(ILogger logger, string name, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled search {Name}: {Id} (already started: {Existed})")]
    private static partial void LogStarted(ILogger logger, string name, string id, bool existed);
}
