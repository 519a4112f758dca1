using System.Text.Json;

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

    /// <summary>The whole file as one JSON document; a parse error names the file and its line.</summary>
    public static JsonDocument ReadJson(string path)
    {
        var text = ReadAllText(path);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException($"{path}: not valid JSON ({ex.Message})", ex) { Line = (int)(ex.LineNumber ?? 0) + 1 };
        }
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
