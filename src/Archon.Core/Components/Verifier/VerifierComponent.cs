using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Verifier;

/// <summary>
/// Verifies each incoming candidate with its own call (all concurrent), attaches the <see cref="Verdict"/>, and drops
/// the candidates that fail; when none passes, all are kept. With <c>first_k</c> only the first k passing candidates
/// (incoming order) are kept; unlike the original's sequential loop every candidate is still verified, concurrently. A candidate whose reply stays unparseable, or whose call
/// fails, counts as passed (kept) with reasoning <c>unparseable</c> or <c>model call failed</c>, and a warning.
/// </summary>
internal sealed class VerifierComponent(ComponentConfig config, StructuredCaller caller, ILogger logger) : IArchitectureComponent
{
    public const string UnparseableReasoning = "unparseable";
    public const string CallFailedReasoning = "model call failed";

    public string Type => ComponentTypes.Verifier;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = input.Candidates;
        var verified = await Task.WhenAll(candidates.Select(c => Task.Run(() => VerifyAsync(input, c, cancellationToken), CancellationToken.None)));
        var warnings = verified.Where(v => v.Warning is not null).Select(v => v.Warning!).ToList();
        var annotated = verified.Select(v => v.Candidate).ToList();
        var calls = verified.SelectMany(v => v.Calls).ToList();
        var passed = annotated.Where(c => c.Verdict?.Passed == true).ToList();
        if (passed.Count == 0 && annotated.Count > 0)
        {
            warnings.Add("no candidate passed verification; all are kept");
            passed = annotated;
        }
        else if (ComponentSettings.FirstK(config) is { } firstK && passed.Count > firstK)
        {
            passed = passed.Take(firstK).ToList();
        }

        foreach (var warning in warnings)
        {
            logger.Degraded(Type, input.Layer, warning);
        }

        return new ComponentOutput(passed) { Warnings = warnings, Calls = calls };
    }

    private async Task<(Candidate Candidate, string? Warning, IReadOnlyList<CallOutcome> Calls)> VerifyAsync(
        ComponentInput input,
        Candidate candidate,
        CancellationToken cancellationToken)
    {
        var prompt = VerifierPrompt.Build(input.Query, candidate);
        var messages = ModelCalls.PromptMessages(config, input, VerifierPrompt.System, prompt);
        var request = ModelCalls.Request(config, input, Type, messages, format: VerifierPrompt.ResponseFormat);
        var outcome = await caller.CallAsync(input.Models, request, VerdictParser.Parse, VerifierPrompt.Reminder, cancellationToken);
        if (outcome.Value is { } parsed)
        {
            var verdict = new Verdict(parsed.Passed, parsed.Reasoning, config.Model);
            var calls = outcome.Outcomes(call => call with { Annotations = [new CandidateAnnotation(candidate.Id) { Verdict = verdict }] });
            return (candidate with { Verdict = verdict }, null, calls);
        }

        var reasoning = outcome.CallFailed ? CallFailedReasoning : UnparseableReasoning;
        return (
            candidate with { Verdict = new Verdict(true, reasoning, config.Model) },
            $"candidate {candidate.Id}: {outcome.Failure}; counted as passed",
            outcome.Outcomes());
    }
}
