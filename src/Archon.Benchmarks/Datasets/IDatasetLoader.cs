namespace Archon.Benchmarks.Datasets;

/// <summary>Reads one dataset kind from a file in its published format.</summary>
public interface IDatasetLoader
{
    /// <summary>The kind this loader reads (see <see cref="DatasetKinds"/>).</summary>
    string Kind { get; }

    /// <summary>
    /// Loads <paramref name="path"/>. Malformed entries are reported in <see cref="DatasetLoadResult.Issues"/> with
    /// their line number; with <see cref="MalformedEntryPolicy.Fail"/> the first one throws
    /// <see cref="DatasetFormatException"/> instead. A missing or unreadable file always throws.
    /// </summary>
    DatasetLoadResult Load(string path, MalformedEntryPolicy policy = MalformedEntryPolicy.Skip);
}
