using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;

namespace Archon.Search.Tests.Fakes;

/// <summary>
/// A runner whose "calls" behave like a shared response cache: a call's identity is the question, every layer up to
/// and including its own, the component and the sample — so architectures sharing their first layers share those
/// calls. Answers "ok"; records one <see cref="CallRecord"/> per call with <see cref="CallRecord.CacheHit"/> and, like
/// the real invoker, no cost for a hit but its list cost all the same.
/// </summary>
internal sealed class PrefixCachingRunner : IArchitectureRunner
{
    private readonly HashSet<string> _cache = [];
    private readonly Lock _gate = new();

    public Task<QueryResult> RunAsync(ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var question = messages[^1].Text;
        var calls = new List<CallRecord>();
        var prefix = question;
        for (var l = 0; l < architecture.Layers.Count; l++)
        {
            var layer = architecture.Layers[l];
            prefix += "|" + JsonSerializer.Serialize(layer.Components.Select(c => (c.Type, c.Model, c.Samples, c.Temperature)).Select(t => t.ToString()));
            for (var ci = 0; ci < layer.Components.Count; ci++)
            {
                for (var s = 0; s < layer.Components[ci].Samples; s++)
                {
                    bool hit;
                    lock (_gate)
                    {
                        hit = !_cache.Add($"{prefix}#{ci}#{s}");
                    }

                    calls.Add(new CallRecord { Layer = l, Component = layer.Type, ComponentIndex = ci, Model = layer.Components[ci].Model, Sample = s, CacheHit = hit, CostUsd = hit ? 0m : 0.01m, ListCostUsd = 0.01m });
                }
            }
        }

        return Task.FromResult(new QueryResult
        {
            Answer = "ok",
            Trace = new QueryTrace { Calls = calls, Totals = UsageTotals.Sum(calls) },
        });
    }
}
