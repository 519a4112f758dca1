using Archon.Core.Architectures;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.UnitTestGenerator;

/// <summary>
/// Writes natural-language unit tests for the query with one call, asking for <c>unit_test_cap</c> tests (default <see cref="ArchitectureDefaults.UnitTestCount"/>, 5; the paper uses 5–10)
/// and keeping at most that many. The incoming candidates pass through unchanged. When the reply stays unparseable
/// no tests are produced, with a warning.
/// </summary>
internal sealed class UnitTestGeneratorComponent(ComponentConfig config, StructuredCaller caller, ILogger logger) : IArchitectureComponent
{
    public string Type => ComponentTypes.UnitTestGenerator;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cap = Math.Max(1, config.GetInt(ComponentKeys.UnitTestCap) ?? ArchitectureDefaults.UnitTestCount);
        var prompt = UnitTestGeneratorPrompt.Build(QueryText.WithoutUnitTests(input.Query), cap);
        var messages = ModelCalls.PromptMessages(config, input, UnitTestGeneratorPrompt.System, prompt);
        var request = ModelCalls.Request(config, input, Type, messages, format: UnitTestGeneratorPrompt.ResponseFormat);
        var outcome = await caller.CallAsync(input.Models, request, UnitTestListParser.Parse, UnitTestGeneratorPrompt.Reminder, cancellationToken);
        if (outcome.Value is { } written)
        {
            var tests = written.Take(cap).ToList();
            return new ComponentOutput(input.Candidates) { UnitTests = tests, Calls = outcome.Outcomes(call => call with { UnitTests = tests }) };
        }

        var warning = $"{outcome.Failure}; no unit tests produced";
        logger.Degraded(Type, input.Layer, warning);
        return new ComponentOutput(input.Candidates) { UnitTests = [], Warnings = [warning], Calls = outcome.Outcomes() };
    }
}
