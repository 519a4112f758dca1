using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Critic;

/// <summary>
/// Critiques all incoming candidates with one call and attaches a <see cref="Critique"/> to each. When the reply stays
/// unparseable the candidates pass through without critiques, with a warning.
/// </summary>
internal sealed class CriticComponent(ComponentConfig config, StructuredCaller caller, ILogger logger) : IArchitectureComponent
{
    public string Type => ComponentTypes.Critic;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = input.Candidates;
        if (candidates.Count == 0)
        {
            return new ComponentOutput([]);
        }

        var prompt = CriticPrompt.Build(input.Query, candidates);
        var messages = ModelCalls.PromptMessages(config, input, CriticPrompt.System, prompt);
        var request = ModelCalls.Request(config, input, Type, messages, format: CriticPrompt.ResponseFormat);
        var outcome = await caller.CallAsync(
            input.Models,
            request,
            text => CritiqueParser.Parse(text, candidates.Count),
            CriticPrompt.Reminder,
            cancellationToken);

        List<string> warnings = [];
        List<Candidate> output;
        if (outcome.Value is { } critiques)
        {
            output = candidates
                .Select((c, i) => critiques.TryGetValue(i, out var p) ? c with { Critique = new Critique(p.Strengths, p.Weaknesses, config.Model) } : c)
                .ToList();
            var missing = Enumerable.Range(0, candidates.Count).Where(i => !critiques.ContainsKey(i)).Select(i => i + 1).ToList();
            if (missing.Count > 0)
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"no critique for candidate id(s) {string.Join(", ", missing)}; they pass through without one"));
            }
        }
        else
        {
            output = [.. candidates];
            warnings.Add($"{outcome.Failure}; candidates pass through without critiques");
        }

        foreach (var warning in warnings)
        {
            logger.Degraded(Type, input.Layer, warning);
        }

        var calls = outcome.Outcomes(call => call with
        {
            Annotations = output.Where(c => c.Critique is not null).Select(c => new CandidateAnnotation(c.Id) { Critique = c.Critique }).ToList(),
        });
        return new ComponentOutput(output) { Warnings = warnings, Calls = calls };
    }
}
