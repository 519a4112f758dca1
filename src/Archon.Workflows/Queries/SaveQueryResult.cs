using Archon.Workflows.Storage;
using Microsoft.DurableTask;

namespace Archon.Workflows.Queries;

/// <summary>Activity: stores an async query's response (create-only, so a rerun changes nothing).</summary>
internal sealed class SaveQueryResult(BlobJson blobs) : TaskActivity<QueryResponse, bool>
{
    public const string Name = nameof(SaveQueryResult);

    public override Task<bool> RunAsync(TaskActivityContext context, QueryResponse input) => RunAsync(input);

    public Task<bool> RunAsync(QueryResponse input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return blobs.CreateAsync(QueryPaths.Result(input.Id), input, CancellationToken.None);
    }
}
