using System.Text.Json;
using Archon.Search.Driver;
using Archon.Workflows.Searches;

namespace Archon.Workflows.Tests.Searches;

public sealed class SearchTrialsJsonTests
{
    [Fact]
    public void Write_CompletedAndRunningTrials_KeepsTheDocumentShape()
    {
        var json = JsonSerializer.Serialize(Document([Completed(), Running()]), ServiceJson.Options);

        using var doc = JsonDocument.Parse(json);
        var trials = doc.RootElement.GetProperty("trials");
        Assert.Equal(
            ["index", "architecture", "runId", "status", "pointIndex", "key", "items", "score", "ci95", "costUsd", "calls", "simulated", "latencyP95Ms", "judgeCalls"],
            trials[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("completed", trials[0].GetProperty("status").GetString());
        Assert.Equal(0.57, trials[0].GetProperty("score").GetDouble());
        Assert.Equal(["index", "architecture", "runId", "status", "pointIndex", "key", "items", "simulated"], trials[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("running", trials[1].GetProperty("status").GetString());
    }

    [Fact]
    public void Read_WrittenDocument_GivesTheSameTrials()
    {
        var document = Document([Completed(), Running()]);

        var read = JsonSerializer.Deserialize<SearchDocument>(JsonSerializer.Serialize(document, ServiceJson.Options), ServiceJson.Options)!;

        Assert.Equal(document.Trials[1], read.Trials[1]);
        var completed = read.Trials[0];
        Assert.Equal(0.57, completed.RunScore);
        Assert.Equal(57, completed.Score, 9);
        Assert.Equal(5, completed.CiHalfWidth, 9);
        Assert.Equal((0.002m, 8.0, 72L, TrialStatus.Completed), (completed.UsdPerQuery, completed.CallsPerQuery, completed.CallsMade, completed.Status));
        Assert.Equal(document.Trials[0].RunCi95, completed.RunCi95);
    }

    private static TrialRecord Running() => new()
    {
        Number = 2, PointIndex = 5, Key = "g1x1", Items = 9, Architecture = "arch-5", RunId = "s1-t1", Status = TrialStatus.Running,
    };

    private static TrialRecord Completed() => TrialResults.Completed(
        new TrialRecord { Number = 1, PointIndex = 3, Key = "g2x1", Items = 9, Architecture = "arch-3", RunId = "s1-t0", Status = TrialStatus.Running },
        0.57, [0.52, 0.62], 0.018m, 72, simulated: true, latencyP95Ms: 120, judgeCalls: 0);

    private static SearchDocument Document(IReadOnlyList<TrialRecord> trials) => new(
        "s1", "running", "synthetic", null, 1, 9, trials, 0, null, null, "random", 1, 5, null, null, 0, null, null, DateTime.UnixEpoch);
}
