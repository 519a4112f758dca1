using System.Globalization;
using Archon.Core.Candidates;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Shared;

/// <summary>
/// Runs one text call per sample, all concurrently, and turns each reply into a candidate
/// <c>L{layer}.c{index}.s{sample}</c>. A sample whose call fails (other than a budget stop or cancellation) is
/// dropped with a warning.
/// </summary>
internal static class TextSampler
{
    public static async Task<ComponentOutput> RunAsync(
        ComponentInput input,
        string component,
        int samples,
        Func<int, ModelCallRequest> request,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var indices = input.Sample is { } only ? (only >= 0 && only < samples ? [only] : []) : Enumerable.Range(0, samples).ToArray();
        var tasks = new Task<(Candidate? Candidate, string? Warning, int CallId)>[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            // Each sample starts on the thread pool, so one call's synchronous start (the first call of a process
            // compiles the whole model pipeline) does not hold up the start of the others.
            var sampleRequest = request(indices[i]);
            tasks[i] = Task.Run(() => SampleAsync(input, sampleRequest, logger, cancellationToken), CancellationToken.None);
        }

        var results = await Task.WhenAll(tasks);
        var candidates = results.Where(r => r.Candidate is not null).Select(r => r.Candidate!).ToList();
        var calls = results.Where(r => r.Candidate is not null).Select(r => new CallOutcome { CallId = r.CallId, Candidates = [r.Candidate!] }).ToList();
        var warnings = results.Where(r => r.Warning is not null).Select(r => r.Warning!).ToList();
        if (candidates.Count == 0 && indices.Length > 0)
        {
            warnings.Add("every sample failed; no candidates produced");
        }

        foreach (var warning in warnings)
        {
            logger.Degraded(component, input.Layer, warning);
        }

        return new ComponentOutput(candidates) { Warnings = warnings, Calls = calls };
    }

    public static string CandidateId(int layer, int componentIndex, int sample) =>
        string.Create(CultureInfo.InvariantCulture, $"L{layer}.c{componentIndex}.s{sample}");

    private static async Task<(Candidate?, string?, int)> SampleAsync(
        ComponentInput input,
        ModelCallRequest request,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await input.Models.CallAsync(request, cancellationToken);
            var candidate = new Candidate
            {
                Id = CandidateId(request.Layer, request.ComponentIndex, request.Sample),
                Text = result.Text,
                Source = new CandidateSource(request.Layer, request.Component, request.ComponentIndex, request.Model, request.Sample),
                Simulated = result.Simulated,
            };
            return (candidate, null, result.CallId);
        }
        catch (Exception ex) when (!ModelCalls.IsFatal(ex, cancellationToken))
        {
            logger.CallFailed(ex, request.Component, request.Layer, request.Model);
            return (null, string.Create(
                CultureInfo.InvariantCulture,
                $"sample {request.Sample} from {request.Model} dropped: model call failed ({ex.GetType().Name}: {ex.Message})"), -1);
        }
    }
}
