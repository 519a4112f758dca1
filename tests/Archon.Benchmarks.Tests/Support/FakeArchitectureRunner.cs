using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Support;

/// <summary>An architecture runner whose answer is computed by a callback; records every conversation it saw.</summary>
internal sealed class FakeArchitectureRunner(Func<IReadOnlyList<ChatMessage>, string> answer) : IArchitectureRunner
{
    private readonly List<IReadOnlyList<ChatMessage>> _seen = [];

    public IReadOnlyList<IReadOnlyList<ChatMessage>> Seen
    {
        get
        {
            lock (_seen)
            {
                return _seen.ToList();
            }
        }
    }

    public decimal CostPerQuery { get; init; } = 0.001m;

    public TimeSpan Delay { get; init; }

    /// <summary>When set, every query fails with this component failure (the answer is still returned, as a failed query's last layer).</summary>
    public string? Failure { get; init; }

    public async Task<QueryResult> RunAsync(
        ArchitectureConfig architecture,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        lock (_seen)
        {
            _seen.Add(messages.ToList());
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        var text = answer(messages);
        var call = new CallRecord { Layer = 0, Component = "generator", Model = "fake", CostUsd = CostPerQuery, InputTokens = 10, OutputTokens = 5, Latency = Delay };
        return new QueryResult
        {
            Answer = text,
            Final = new Candidate { Id = "L0.generator0.s0", Text = text, Source = new CandidateSource(0, "generator", 0, "fake", 0) },
            Trace = new QueryTrace { Calls = [call], Totals = UsageTotals.Sum([call]), Elapsed = Delay, CriticalPath = Delay },
            StopReason = Failure is null ? StopReason.Completed : StopReason.Failed,
            StopDetail = Failure,
            Failures = Failure is null ? [] : [new ComponentFailure(1, "critic", 0, "m", Failure)],
        };
    }

    public static ArchitectureConfig Architecture(string name = "fake") =>
        new(name, [new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = "fake" }])]);
}
