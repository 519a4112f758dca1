using System.Text.Json;
using Archon.Service.Searches;
using Archon.Workflows.Storage;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Timers;

/// <summary>
/// The timer's work: starts every scheduled search, defined as a JSON array of search requests in
/// <c>Archon__ScheduledSearches</c> or as blobs <c>schedules/*.json</c> (one request each).
/// </summary>
internal sealed class ScheduledSearchTrigger
{
    private readonly SearchOrchestrator _searches;
    private readonly BlobJson _blobs;
    private readonly string? _inline;

    public ScheduledSearchTrigger(SearchOrchestrator searches, BlobJson blobs, IConfiguration configuration)
    {
        _searches = searches;
        _blobs = blobs;
        _inline = configuration.Get(ServiceSettings.ScheduledSearches);
    }

    /// <summary>Starts the searches; returns their ids. A definition that does not validate throws, naming it.</summary>
    public async Task<IReadOnlyList<string>> FireAsync(CancellationToken cancellationToken)
    {
        var definitions = new List<(string Source, JsonElement Body)>();
        if (!string.IsNullOrWhiteSpace(_inline))
        {
            using var doc = JsonDocument.Parse(_inline);
            var i = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                definitions.Add(($"{ServiceSettings.ScheduledSearches}[{i++}]", e.Clone()));
            }
        }
        else
        {
            foreach (var path in await _blobs.ListAsync(StorageNames.SchedulesPrefix, cancellationToken).ConfigureAwait(false))
            {
                var doc = await _blobs.GetAsync<JsonDocument>(path, cancellationToken).ConfigureAwait(false);
                if (doc is not null)
                {
                    definitions.Add((path, doc.RootElement.Clone()));
                }
            }
        }

        var ids = new List<string>();
        foreach (var (source, body) in definitions)
        {
            var started = await _searches.StartAsync(body, cancellationToken).ConfigureAwait(false);
            if (started.Id is null)
            {
                throw new InvalidOperationException($"scheduled search {source}: {started.Field}: {string.Join("; ", started.Errors)}");
            }

            ids.Add(started.Id);
        }

        return ids;
    }
}
