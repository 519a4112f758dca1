using System.Globalization;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Execution;
using Archon.Core.Tracing;

namespace Archon.Workflows.Queries;

/// <summary>
/// What <see cref="ArchitectureOrchestration"/> knows between layers, and every decision it makes: whether a layer may
/// start, what each step gets, how a finished layer's steps combine. Pure (no clock, no I/O), so the orchestration
/// replays identically and these rules are tested without a host. The rules are the in-process engine's
/// (<see cref="LayerSteps"/>): a stopped layer ends the query with the previous layer's candidates.
/// </summary>
internal sealed class ArchitectureRunState
{
    private readonly ArchitectureRunInput _input;
    private readonly DateTime _start;
    private readonly List<CallRecord> _calls = [];
    private readonly List<TraceWarning> _warnings = [];
    private readonly List<LayerTrace> _layers = [];
    private readonly List<string> _unitTests = [];
    private IReadOnlyList<Candidate> _candidates = [];
    private StopReason _stop = StopReason.Completed;
    private string? _stopDetail;

    public ArchitectureRunState(ArchitectureRunInput input, DateTime start)
    {
        _input = input;
        _start = start;
    }

    /// <summary>True once a layer stopped; no further layer runs.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Calls made so far.</summary>
    public int Calls => _calls.Count;

    /// <summary>Dollars spent so far.</summary>
    public decimal CostUsd => _calls.Sum(c => c.CostUsd);

    /// <summary>Checks the limits before a layer starts; false (with the stop recorded) when one is reached.</summary>
    public bool MayStartLayer(int layer, DateTime now)
    {
        (StopReason Reason, string Detail)? stop = null;
        if (_input.DeadlineUtc is { } deadline && now >= deadline)
        {
            stop = (StopReason.Deadline, "The query's deadline passed.");
        }
        else if (_input.MaxCalls is { } maxCalls && Calls >= maxCalls)
        {
            stop = (StopReason.MaxCalls, Invariant($"The limit of {maxCalls} model calls was reached."));
        }
        else if (_input.MaxCostUsd is { } maxCost && CostUsd >= maxCost)
        {
            stop = (StopReason.MaxCost, Invariant($"The cost limit of ${maxCost} was reached (${CostUsd:0.######} spent)."));
        }

        if (stop is null)
        {
            return true;
        }

        (_stop, _stopDetail, Stopped) = (stop.Value.Reason, stop.Value.Detail, true);
        return false;
    }

    /// <summary>
    /// The requests of <paramref name="layer"/>'s steps. What is left of the call and cost limits is shared among the
    /// steps (calls in whole shares, the first steps taking the remainder), so a layer never spends more than is left: a
    /// step whose share runs out stops as a budget stop, which ends the query after this layer as in the engine.
    /// </summary>
    public IReadOnlyList<ComponentStepRequest> StepRequests(int layer, IReadOnlyList<(int ComponentIndex, int? Sample)> steps)
    {
        var requests = new ComponentStepRequest[steps.Count];
        int? callsLeft = _input.MaxCalls is { } calls ? Math.Max(0, calls - Calls) : null;
        decimal? costLeft = _input.MaxCostUsd is { } cost ? Math.Max(0m, cost - CostUsd) : null;
        for (var i = 0; i < steps.Count; i++)
        {
            int? callShare = callsLeft is { } c ? (c / steps.Count) + (i < c % steps.Count ? 1 : 0) : null;
            decimal? costShare = costLeft is { } d ? d / steps.Count : null;
            requests[i] = new ComponentStepRequest(
                _input.Architecture,
                layer,
                steps[i].ComponentIndex,
                steps[i].Sample,
                _input.Messages,
                _candidates,
                [.. _unitTests],
                callShare,
                costShare,
                _input.DeadlineUtc);
        }

        return requests;
    }

    /// <summary>Records a finished layer: its calls, warnings and timing, then combines its outputs or stops.</summary>
    public void CompleteLayer(
        int layer, IReadOnlyList<(int ComponentIndex, int? Sample)> steps, IReadOnlyList<ComponentStepResult> results, DateTime layerStart, DateTime layerEnd)
    {
        var offset = layerStart - _start;
        var layerCalls = results.SelectMany(r => r.Calls).Select(c => c with { StartOffset = c.StartOffset + offset }).ToList();
        _calls.AddRange(layerCalls);
        _warnings.AddRange(results.SelectMany(r => r.Warnings));

        var config = _input.Architecture.Layers[layer];
        var outputs = new List<ComponentOutput>();
        for (var c = 0; c < config.Components.Count; c++)
        {
            var produced = results.Where((r, i) => steps[i].ComponentIndex == c && r.Output is not null).Select(r => r.Output!).ToList();
            if (produced.Count > 0)
            {
                outputs.Add(LayerSteps.MergeSamples(produced));
            }
        }

        var stopped = results.FirstOrDefault(r => r.Stop is not null);
        _layers.Add(new LayerTrace(
            layer,
            config.Type,
            config.Components.Count,
            offset,
            layerEnd - layerStart,
            CriticalPath.ByLayer(layerCalls).GetValueOrDefault(layer),
            UsageTotals.Sum(layerCalls),
            Completed: stopped is null));
        if (stopped is not null)
        {
            (_stop, _stopDetail, Stopped) = (stopped.Stop!.Value, stopped.StopDetail, true);
            if (layer == 0)
            {
                // No layer completed: keep what the generators that did finish produced.
                _candidates = outputs.SelectMany(o => o.Candidates).ToArray();
            }

            return;
        }

        var (candidates, tests) = LayerSteps.Combine(config.Type, _candidates, outputs);
        if (candidates.Count == 0 && _candidates.Count > 0)
        {
            _warnings.Add(new TraceWarning(layer, config.Type, -1, "The layer produced no candidates; its input candidates were passed on."));
        }
        else
        {
            _candidates = candidates;
        }

        _unitTests.AddRange(tests.Where(t => !_unitTests.Contains(t, StringComparer.Ordinal)));
    }

    /// <summary>The query's result once no further layer runs.</summary>
    public QueryResult Finish(DateTime end) =>
        LayerSteps.Assemble(_calls, _warnings, _layers, _candidates, [.. _unitTests], _stop, _stopDetail, end - _start);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
