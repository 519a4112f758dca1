using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Ranker;

/// <summary>
/// Ranks the incoming candidates with one call and keeps the best <c>top_k</c> (default <see cref="ArchitectureDefaults.RankerTopK"/>) in ranked order, each
/// with its <see cref="Candidate.Rank"/>. Ids the model leaves out follow the ranked ones in incoming order. When the
/// reply stays unparseable the incoming order is kept, with a warning. The critiques a critic attached to the candidates
/// are shown with them unless <c>use_critiques</c> is false.
/// </summary>
internal sealed class RankerComponent(ComponentConfig config, StructuredCaller caller, ILogger logger) : IArchitectureComponent
{
    public string Type => ComponentTypes.Ranker;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = input.Candidates;
        var topK = Math.Max(1, config.TopK ?? ArchitectureDefaults.RankerTopK);
        if (candidates.Count <= 1)
        {
            // Nothing to order: no call is made.
            return new ComponentOutput(Keep(candidates, [.. Enumerable.Range(0, candidates.Count)], topK));
        }

        var prompt = RankerPrompt.Build(input.Query, candidates, ComponentSettings.UsesCritiques(config));
        var messages = ModelCalls.PromptMessages(config, input, RankerPrompt.System, prompt);
        var request = ModelCalls.Request(config, input, Type, messages, format: RankerPrompt.ResponseFormat);
        var outcome = await caller.CallAsync(
            input.Models,
            request,
            text => RankingParser.Parse(text, candidates.Count),
            RankerPrompt.Reminder,
            cancellationToken);

        List<string> warnings = [];
        IReadOnlyList<int> order;
        if (outcome.Value is { } ranked)
        {
            order = RankingParser.Complete(ranked, candidates.Count);
            if (ranked.Count < candidates.Count)
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"ranking named {ranked.Count} of {candidates.Count} candidates; the rest follow in incoming order"));
            }
        }
        else
        {
            order = [.. Enumerable.Range(0, candidates.Count)];
            warnings.Add($"{outcome.Failure}; incoming order kept");
        }

        foreach (var warning in warnings)
        {
            logger.Degraded(Type, input.Layer, warning);
        }

        var calls = outcome.Outcomes(call => call with { Ranking = order.Select(i => candidates[i].Id).ToList() });
        return new ComponentOutput(Keep(candidates, order, topK)) { Warnings = warnings, Calls = calls };
    }

    private static List<Candidate> Keep(IReadOnlyList<Candidate> candidates, IReadOnlyList<int> order, int topK) =>
        order.Take(topK).Select((index, position) => candidates[index] with { Rank = position + 1 }).ToList();
}
