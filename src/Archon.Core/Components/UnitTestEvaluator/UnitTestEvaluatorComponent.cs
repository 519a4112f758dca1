using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>
/// Judges each incoming candidate against the unit tests with its own call (all concurrent), sets
/// <see cref="Candidate.UnitTestResults"/> and <see cref="Candidate.Rank"/>, and returns the candidates sorted by tests
/// passed (stable: ties keep incoming order), cut to <c>top_k</c> when set. With <c>first_k</c> and at least that
/// many candidates passing every test, the first k of those (incoming order) are returned instead, as in the original. Tests the reply leaves out, and every test
/// of a candidate whose reply stays unparseable or whose call fails, are marked unknown (not passed), with a warning.
/// With <c>remove_unit_tests_from_prompt</c> the query is shown without the tests appended to it (they are always
/// listed separately); without it, the query carries them, as it did in the original Archon.
/// </summary>
internal sealed class UnitTestEvaluatorComponent(ComponentConfig config, StructuredCaller caller, ILogger logger) : IArchitectureComponent
{
    public const string UnknownReasoning = "unknown: no verdict";

    public string Type => ComponentTypes.UnitTestEvaluator;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tests = input.UnitTests;
        if (tests.Count == 0)
        {
            const string warning = "no unit tests to evaluate; candidates pass through unranked";
            logger.Degraded(Type, input.Layer, warning);
            return new ComponentOutput(input.Candidates) { Warnings = [warning] };
        }

        var query = config.GetBool(ComponentKeys.RemoveUnitTestsFromPrompt)
            ? QueryText.WithoutUnitTests(input.Query)
            : QueryText.WithUnitTests(QueryText.WithoutUnitTests(input.Query), tests);
        var evaluated = await Task.WhenAll(input.Candidates.Select(c => Task.Run(() => EvaluateAsync(input, query, c, tests, cancellationToken), CancellationToken.None)));
        var warnings = evaluated.Where(e => e.Warning is not null).Select(e => e.Warning!).ToList();
        foreach (var warning in warnings)
        {
            logger.Degraded(Type, input.Layer, warning);
        }

        var annotated = evaluated.Select(e => e.Candidate).ToList();
        var calls = evaluated.SelectMany(e => e.Calls).ToList();
        var passingAll = annotated.Where(c => c.UnitTestsPassed == tests.Count).ToList();
        IEnumerable<Candidate> kept = ComponentSettings.EvaluatorFirstK(config) is { } firstK && passingAll.Count >= firstK
            ? passingAll.Take(firstK)
            : annotated
                .OrderByDescending(c => c.UnitTestsPassed ?? 0)
                .Take(config.TopK is { } topK and > 0 ? topK : int.MaxValue);
        var ranked = kept.Select((c, i) => c with { Rank = i + 1 }).ToList();
        return new ComponentOutput(ranked) { Warnings = warnings, Calls = calls };
    }

    private async Task<(Candidate Candidate, string? Warning, IReadOnlyList<CallOutcome> Calls)> EvaluateAsync(
        ComponentInput input,
        string query,
        Candidate candidate,
        IReadOnlyList<string> tests,
        CancellationToken cancellationToken)
    {
        var prompt = UnitTestEvaluatorPrompt.Build(query, candidate, tests);
        var messages = ModelCalls.PromptMessages(config, input, UnitTestEvaluatorPrompt.System, prompt);
        var request = ModelCalls.Request(config, input, Type, messages, format: UnitTestEvaluatorPrompt.ResponseFormat);
        var outcome = await caller.CallAsync(
            input.Models,
            request,
            text => UnitTestResultsParser.Parse(text, tests.Count),
            UnitTestEvaluatorPrompt.Reminder,
            cancellationToken);

        var parsed = outcome.Value ?? new Dictionary<int, ParsedTestResult>();
        var results = tests
            .Select((test, i) => parsed.TryGetValue(i, out var r)
                ? new UnitTestOutcome(test, r.Passed, r.Reasoning)
                : new UnitTestOutcome(test, false, UnknownReasoning))
            .ToList();
        string? warning = null;
        if (outcome.Value is null)
        {
            warning = $"candidate {candidate.Id}: {outcome.Failure}; all its test results unknown (not passed)";
        }
        else if (parsed.Count < tests.Count)
        {
            warning = string.Create(
                CultureInfo.InvariantCulture,
                $"candidate {candidate.Id}: verdicts for {parsed.Count} of {tests.Count} tests; the rest unknown (not passed)");
        }

        var calls = outcome.Outcomes(call => call with { Annotations = [new CandidateAnnotation(candidate.Id) { UnitTestResults = results }] });
        return (candidate with { UnitTestResults = results }, warning, calls);
    }
}
