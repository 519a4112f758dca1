using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;

namespace Archon.Workflows.Tests.Support;

/// <summary>
/// A hand-written runner: answers "What is A + B?" with "Answer: A+B" (off by one when the architecture's name contains
/// "wrong"), one call per layer at $0.001; counts every run per question so tests can check exactly-once.
/// </summary>
internal sealed partial class FakeRunner : IArchitectureRunner
{
    public ConcurrentDictionary<string, int> RunsByQuestion { get; } = new(StringComparer.Ordinal);

    public TimeSpan Delay { get; set; }

    public int TotalRuns => RunsByQuestion.Values.Sum();

    public async Task<QueryResult> RunAsync(
        ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var question = messages[^1].Text;
        RunsByQuestion.AddOrUpdate(question, 1, (_, n) => n + 1);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        var match = Sum().Match(question);
        var answer = match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (architecture.Name.Contains("wrong", StringComparison.Ordinal))
        {
            answer++;
        }

        var calls = architecture.Layers.Select((layer, i) => new CallRecord
        {
            Layer = i, Component = layer.Type, Model = layer.Components[0].Model, InputTokens = 10, OutputTokens = 5, CostUsd = 0.001m,
        }).ToList();
        return new QueryResult
        {
            Answer = $"The sum is {answer}.\nAnswer: {answer}",
            Trace = new QueryTrace { Calls = calls, Totals = UsageTotals.Sum(calls), Elapsed = TimeSpan.FromMilliseconds(1) },
            Simulated = true,
        };
    }

    [GeneratedRegex(@"What is (\d+) \+ (\d+)\?")]
    private static partial Regex Sum();
}
