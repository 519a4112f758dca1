using Archon.Workflows.Storage;
using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>Activity: stores one chunk of a run's compact results (the same content on a rerun).</summary>
internal sealed class SaveRunResults(BlobJson blobs) : TaskActivity<RunResultsChunk, bool>
{
    public const string Name = nameof(SaveRunResults);

    public override Task<bool> RunAsync(TaskActivityContext context, RunResultsChunk input) => RunAsync(input);

    public async Task<bool> RunAsync(RunResultsChunk input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await blobs.WriteAsync(RunPaths.ResultsChunk(input.RunId, input.Chunk), input.Results, CancellationToken.None).ConfigureAwait(false);
        return true;
    }
}
