namespace Archon.Benchmarks.Datasets;

/// <summary>File access and issue reporting shared by the loaders.</summary>
internal static class DatasetFile
{
    public static IEnumerable<string> ReadLines(string path)
    {
        EnsureExists(path);
        return File.ReadLines(path);
    }

    public static FileStream OpenRead(string path)
    {
        EnsureExists(path);
        return File.OpenRead(path);
    }

    public static string ReadAllText(string path)
    {
        EnsureExists(path);
        return File.ReadAllText(path);
    }

    public static void Report(List<DatasetIssue> issues, DatasetIssue issue, string path, MalformedEntryPolicy policy)
    {
        if (policy == MalformedEntryPolicy.Fail)
        {
            throw new DatasetFormatException($"{path}: {issue}") { Line = issue.Line };
        }

        issues.Add(issue);
    }

    private static void EnsureExists(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"dataset file '{path}' does not exist", path);
        }
    }
}
