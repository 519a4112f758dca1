using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;

namespace Archon.Models.Tests.Setup;

/// <summary>
/// A benchmark through the pipelines <see cref="ModelSetup"/> builds, against a real loopback server that fails a
/// seeded fifth of its requests (429, 500, 503, stalls past the attempt timeout). The server bills a 200 its reported
/// usage and an attempt the client gave up on its prompt tokens; 429s and 5xx are not billed. The attempt timeout
/// (2 s) is far above a loopback answer's time even on a loaded machine, so only the stalls time out.
/// </summary>
public sealed class ModelSetupFaultInjectionTests
{
    private static readonly ModelPricing Pricing = new(2.5m, 10m);

    private const string ArchitectureJson = """
        { "name": "faults", "layers": [
          [ { "type": "generator", "model": "faulty", "samples": 2 } ],
          [ { "type": "fuser", "model": "faulty" } ]
        ] }
        """;

    [Fact]
    public async Task BenchmarkRun_TwentyPercentFaults_CompletesEveryItemWithCleanScoresAndBilledCost()
    {
        var items = Items(30);

        var clean = await RunAsync(items, faultRate: 0);
        var faulty = await RunAsync(items, faultRate: 0.2);

        Assert.True(faulty.Requests > clean.Requests, "faults should have made the client retry");
        Assert.NotEqual(0, faulty.Abandoned);
        Assert.All(faulty.Run.Results, r => Assert.Null(r.Error));
        Assert.Equal(items.Count, faulty.Run.Results.Count);
        Assert.Equal(ScoresById(clean.Run), ScoresById(faulty.Run));
        Assert.Equal(clean.Run.Summary.Score, faulty.Run.Summary.Score);
        Assert.Equal((faulty.BilledInput, faulty.BilledOutput), (faulty.Run.Summary.InputTokens, faulty.Run.Summary.OutputTokens));
        Assert.Equal(Pricing.Cost(faulty.BilledInput, faulty.BilledOutput), faulty.Run.Summary.CostUsd);
        Assert.Equal((clean.Requests, clean.BilledInput, clean.BilledOutput), (items.Count * 3, clean.Run.Summary.InputTokens, clean.Run.Summary.OutputTokens));
        Assert.Equal(Pricing.Cost(clean.BilledInput, clean.BilledOutput), clean.Run.Summary.CostUsd);
    }

    private static async Task<(BenchmarkRunResult Run, int Requests, int Abandoned, long BilledInput, long BilledOutput)> RunAsync(IReadOnlyList<BenchmarkItem> items, double faultRate)
    {
        await using var server = await OpenAIProtocolTestServer.StartAsync();
        long billedInput = 0, billedOutput = 0;
        var seen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        server.Rule = request => Fault(request.Body, seen.AddOrUpdate(request.Body, 0, (_, n) => n + 1), faultRate);
        server.Reply = request => Reply(request.Prompt);
        server.Usage = (request, reply) =>
        {
            var usage = (Prompt: PromptTokens(request.Json), Completion: (reply.Length / 4) + 1L);
            Interlocked.Add(ref billedInput, usage.Prompt);
            Interlocked.Add(ref billedOutput, usage.Completion);
            return usage;
        };
        var catalog = string.Create(CultureInfo.InvariantCulture, $$"""
            { "models": [ { "name": "faulty", "kind": "openai-compatible", "endpoint": "{{server.BaseUrl}}",
              "inputPricePerMillion": 2.5, "outputPricePerMillion": 10, "timeoutSeconds": 2, "maxRetries": 8 } ] }
            """);
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = catalog, CacheCapacity = 0 });
        var runner = new BenchmarkRunner(new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic));

        var run = await runner.RunAsync(items, ArchitectureLoader.Parse(ArchitectureJson, "faults").Architecture!, new BenchmarkRunOptions { Concurrency = 8 });

        billedInput += server.Abandoned.Sum(r => PromptTokens(r.Json));
        return (run, server.Requests.Count, server.Abandoned.Count, billedInput, billedOutput);
    }

    // The n-th arrival of a body always meets the same fault, whatever the order of concurrent requests.
    private static ServerStep? Fault(string body, int occurrence, double rate)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{occurrence}|{body}")));
        if (BitConverter.ToUInt64(hash, 0) / (double)ulong.MaxValue >= rate)
        {
            return null;
        }

        return (hash[8] % 4) switch
        {
            0 => new ServerStep(429, [("Retry-After", "1"), ("retry-after-ms", "10")]),
            1 => new ServerStep(500, [("retry-after-ms", "10")]),
            2 => ServerStep.Unavailable(10),
            _ => ServerStep.Slow(TimeSpan.FromSeconds(30)),
        };
    }

    // Correct for most prompts, off by one for a quarter of them (by content), so the score is between 0 and 1.
    private static string Reply(string prompt)
    {
        SyntheticTasks.TrySolve(prompt, out var correct);
        var answer = SHA256.HashData(Encoding.UTF8.GetBytes(prompt))[0] % 4 == 0 ? correct + 1 : correct;
        return string.Create(CultureInfo.InvariantCulture, $"Worked it out.\nAnswer: {answer}");
    }

    // The server's tokenizer: 4 characters a token plus 4 a message.
    private static long PromptTokens(JsonElement request)
    {
        var messages = request.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content") is var c && c.ValueKind == JsonValueKind.String
            ? c.GetString()!
            : string.Concat(c.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : null))).ToList();
        return (messages.Sum(m => (long)m.Length) / 4) + (4 * messages.Count) + 1;
    }

    private static Dictionary<string, (double? Score, string? Answer)> ScoresById(BenchmarkRunResult run) =>
        run.Results.ToDictionary(r => r.ItemId, r => (r.Score, r.Answer), StringComparer.Ordinal);

    private static IReadOnlyList<BenchmarkItem> Items(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archon-faults-{Guid.NewGuid():N}.jsonl");
        try
        {
            SyntheticDataset.Write(path, count, seed: 5);
            return DatasetLoaders.Load(DatasetKinds.Synthetic, path, MalformedEntryPolicy.Fail).Items;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
