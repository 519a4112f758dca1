using System.Text.Json;
using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon bench</c> on the code and pairwise kinds.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private const string CodeContests =
        """{"name": "A. Add", "description": "Print a + b.", "public_tests": {"input": ["1 2\n"], "output": ["3\n"]}, "private_tests": {"input": [], "output": []}, "generated_tests": {"input": [], "output": []}, "source": 2, "difficulty": 7, "time_limit": {"seconds": 1, "nanos": 0}}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("archon-bench-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Bench_CodeContests_RunsTheTestsAndTheSummaryNamesTheSandbox()
    {
        var data = await Write("cc.jsonl", CodeContests + "\n");
        var config = await Write("arch.json", CommandHarness.SamplesThenFuser);
        var outDir = Path.Combine(_dir, "out");

        var (exit, _, _) = await CommandHarness.RunAsync((_, _) => new BenchCommand(), "--dataset", "code-contests", "--data", data, "--config", config, "--simulate", "--out", outDir, "--json");

        Assert.Equal(0, exit);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        Assert.Equal(1, summary.RootElement.GetProperty("items").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("errors").GetInt32());
        Assert.Contains(summary.RootElement.GetProperty("sandbox").GetString(), new[] { "namespaces", "limits-only" });
        Assert.Contains("| code sandbox |", await File.ReadAllTextAsync(Path.Combine(outDir, "summary.md")), StringComparison.Ordinal);
        var result = (await File.ReadAllLinesAsync(Path.Combine(outDir, "results.jsonl"))).Single();
        Assert.Contains("\"detail\":\"test 1 of 1 (public)", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_MtBenchPairwise_BaselineRequiredThenJudgedPerTurn()
    {
        var data = await Write("mt.jsonl", """{"question_id": 1, "category": "writing", "turns": ["Hi.", "Again."]}""" + "\n");
        var config = await Write("arch.json", CommandHarness.SamplesThenFuser);
        var judge = await Write("judge.json", """{"name":"judge","layers":[[{"type":"generator","model":"sim-large"}]]}""");
        var baseline = await Write("baseline.jsonl", """{"itemId":"1","answer":"two","turnAnswers":["one","two"]}""" + "\n");
        var outDir = Path.Combine(_dir, "out");
        string[] common = ["--dataset", "mt-bench-pairwise", "--data", data, "--config", config, "--judge", judge, "--simulate"];

        var (without, _, _) = await CommandHarness.RunAsync((_, _) => new BenchCommand(), common);
        var (with, _, _) = await CommandHarness.RunAsync((_, _) => new BenchCommand(), [.. common, "--baseline", baseline, "--out", outDir, "--json"]);

        Assert.Equal(2, without);
        Assert.Equal(0, with);
        var result = (await File.ReadAllLinesAsync(Path.Combine(outDir, "results.jsonl"))).Single();
        Assert.DoesNotContain("\"error\"", result, StringComparison.Ordinal);
        Assert.Contains("\"judgeCalls\":4", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_UnknownDatasetKindOf20000Characters_RefusedQuotingItClipped()
    {
        var data = await Write("items.jsonl", """{"question": "What is 1 + 1?", "answer": "2"}""" + "\n");
        var config = await Write("arch.json", CommandHarness.SamplesThenFuser);

        var (exit, _, error) = await CliProcess.RunAsync("bench", "--dataset", new string('k', 20_000), "--data", data, "--config", config, "--simulate");

        Assert.NotEqual(0, exit);
        Assert.Contains("--dataset: unknown kind 'kkk", error, StringComparison.Ordinal);
        Assert.Contains("(20,000 characters)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('k', 1_000), error, StringComparison.Ordinal);
    }

    private async Task<string> Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
