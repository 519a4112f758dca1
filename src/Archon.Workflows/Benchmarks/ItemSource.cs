using System.Globalization;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Where a run's items are stored: chunk blobs <c>{Prefix}{chunk:00000}.json</c> of <see cref="ChunkSize"/> items each,
/// <see cref="Total"/> items in all. A benchmark run stores its own items; a search stores them once and every trial's
/// run reads a prefix of them.
/// </summary>
internal sealed record ItemSource(string Prefix, int Total, int ChunkSize)
{
    /// <summary>Items per chunk blob when a request's items are stored.</summary>
    public const int DefaultChunkSize = 500;

    public int Chunks => (Total + ChunkSize - 1) / ChunkSize;

    public string ChunkPath(int chunk) => Prefix + chunk.ToString("D5", CultureInfo.InvariantCulture) + ".json";
}
