using System.Text.Json;
using Archon.Search.Reporting;
using Archon.Workflows.Storage;
using Microsoft.DurableTask;

namespace Archon.Workflows.Searches;

/// <summary>
/// Activity: writes the search's document with the best trial's config; when the search is finished also its
/// <c>search.json</c> (see <see cref="SearchResultFile"/>). Overwrites with the same content on a rerun. Returns the document written.
/// </summary>
internal sealed class SaveSearch(BlobJson blobs, SearchSpaces spaces) : TaskActivity<SaveSearchRequest, SearchDocument>
{
    public const string Name = nameof(SaveSearch);

    public override Task<SearchDocument> RunAsync(TaskActivityContext context, SaveSearchRequest input) => RunAsync(input);

    public async Task<SearchDocument> RunAsync(SaveSearchRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = input.Document with { BestConfig = BestConfig(input) };
        await blobs.WriteAsync(SearchPaths.State(document.Id), document, CancellationToken.None).ConfigureAwait(false);
        if (input.Final)
        {
            var fingerprint = input.Plan?.Fingerprint ?? string.Empty;
            await blobs.WriteAsync(SearchPaths.Result(document.Id), SearchResultFile.From(document, fingerprint), CancellationToken.None).ConfigureAwait(false);
        }

        return document;
    }

    private JsonElement? BestConfig(SaveSearchRequest input)
    {
        if (input.Document.Best is not { } best)
        {
            return null;
        }

        var config = input.BestCandidate;
        if (config is null && input.Plan is { } plan)
        {
            config = spaces.Get(plan.Space, plan.Fingerprint).Feasible[input.Document.Trials[best].PointIndex].Architecture;
        }

        if (config is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(ArchitectureJsonWriter.ToJson(config));
        return json.RootElement.Clone();
    }
}
