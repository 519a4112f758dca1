using System.Text.Json;
using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon search</c> on a judge-scored kind: the judge is required, and its calls count in the search's totals.</summary>
public sealed class SearchCommandJudgeTests : IDisposable
{
    private const string Space =
        """{"name":"tiny","ranking":["sim-large","sim-medium"],"generators":{"topK":{"min":1,"max":2},"samples":1},"fusion":{"layers":[1],"models":["sim-medium"]}}""";

    private const string MtBench = """
        {"question_id": 1, "category": "writing", "turns": ["Write a haiku about rain.", "Now make it rhyme."]}
        {"question_id": 2, "category": "math", "turns": ["What is 12 * 12?", "And 13 * 13?"], "reference": ["144", "169"]}
        {"question_id": 3, "category": "writing", "turns": ["Name a colour.", "Another one."]}
        {"question_id": 4, "category": "math", "turns": ["What is 2 + 2?", "And 3 + 3?"]}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("archon-search-judge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Search_JudgeKindWithoutJudge_ExitsWithUsageErrorAndWritesNothing()
    {
        var (exit, _, _) = await Run();

        Assert.Equal(2, exit);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "search.json")));
    }

    [Fact]
    public async Task Search_WithJudge_RecordsJudgeCallsInEveryTrialAndInCallsMade()
    {
        var judge = Path.Combine(_dir, "judge.json");
        await File.WriteAllTextAsync(judge, """{"name":"judge","layers":[[{"type":"generator","model":"sim-large","temperature":0}]]}""");

        var (exit, _, _) = await Run("--judge", judge, "--max-trials", "2", "--no-held-out");

        Assert.Equal(0, exit);
        using var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "out", "search.json")));
        var trials = state.RootElement.GetProperty("trials").EnumerateArray().ToList();
        Assert.Equal(2, trials.Count);
        foreach (var t in trials)
        {
            // MT-Bench rates each of the item's 2 turns; the search split holds 2 of the 4 items.
            Assert.Equal(4, t.GetProperty("judgeCalls").GetInt64());
            // Calls per query is the mean over the 2 items (both turns); judge calls come on top.
            Assert.Equal(4 + (2 * t.GetProperty("callsPerQuery").GetDouble()), t.GetProperty("callsWithoutReuse").GetInt64(), 6);
        }

        Assert.Contains("Judge calls (included above): 8", await File.ReadAllTextAsync(Path.Combine(_dir, "out", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OnSimulatedModels_SearchJsonAndReportSaySo()
    {
        var judge = Path.Combine(_dir, "judge.json");
        await File.WriteAllTextAsync(judge, """{"name":"judge","layers":[[{"type":"generator","model":"sim-large","temperature":0}]]}""");

        var (exit, _, _) = await Run("--judge", judge, "--max-trials", "1", "--no-held-out");

        Assert.Equal(0, exit);
        using var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "out", "search.json")));
        Assert.True(state.RootElement.GetProperty("simulated").GetBoolean());
        Assert.Contains("(simulated models)", await File.ReadAllTextAsync(Path.Combine(_dir, "out", "report.md")), StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Out, string Error)> Run(params string[] extra)
    {
        var space = Path.Combine(_dir, "space.json");
        var data = Path.Combine(_dir, "mt-bench.jsonl");
        await File.WriteAllTextAsync(space, Space);
        await File.WriteAllTextAsync(data, MtBench);
        return await CommandHarness.RunAsync(
            (o, e) => new SearchCommand(o, e),
            ["--space", space, "--dataset", "mt-bench", "--data", data, "--simulate", "--sim-latency-ms", "0", "--search-fraction", "0.5", "--out", Path.Combine(_dir, "out"), .. extra]);
    }
}
