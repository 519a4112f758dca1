using Archon.Core.Architectures;
using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Estimates calls, dollars and fuser inputs per query by walking an architecture's layers and tracking how many
/// candidates flow between them. Call counts follow the built-in components: a generator makes one call per sample;
/// critic, ranker, unit-test generator and each fuser one call; verifier and unit-test evaluator one call per
/// candidate. Token counts come from <see cref="TokenEstimates"/>.
/// </summary>
public static class ArchitectureCostEstimator
{
    /// <summary>Estimates one query. Models with no known price count as free.</summary>
    public static ArchitectureCostEstimate Estimate(
        ArchitectureConfig architecture, TokenEstimates tokens, Func<string, ModelPricing?> pricing)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(pricing);
        int p = tokens.PromptTokens, a = tokens.AnswerTokens;
        var n = 0;
        var calls = 0;
        var maxFuserInputs = 0;
        var testTokens = 0;
        decimal usd = 0;

        void Charge(ComponentConfig c, int count, long input, long output)
        {
            calls += count;
            usd += count * (pricing(c.Model) ?? ModelPricing.Free).Cost(input, output);
        }

        foreach (var layer in architecture.Layers)
        {
            var next = 0;
            foreach (var c in layer.Components)
            {
                switch (c.Type)
                {
                    case ComponentTypes.Generator:
                        Charge(c, c.Samples, p, a);
                        next += c.Samples;
                        break;
                    case ComponentTypes.Fuser:
                        maxFuserInputs = Math.Max(maxFuserInputs, n);
                        Charge(c, 1, p + ((long)n * a), a);
                        next += 1;
                        break;
                    case ComponentTypes.Ranker:
                        Charge(c, 1, p + ((long)n * a), 50);
                        next += Math.Min(n, c.TopK ?? 5);
                        break;
                    case ComponentTypes.Critic:
                        Charge(c, 1, p + ((long)n * a), n * 100L);
                        next += n;
                        break;
                    case ComponentTypes.Verifier:
                        Charge(c, n, p + a, 100);
                        next += n;
                        break;
                    case ComponentTypes.UnitTestGenerator:
                        var count = c.GetInt("unit_test_cap", 5) ?? 5;
                        testTokens = count * tokens.TestTokens;
                        Charge(c, 1, p, testTokens);
                        next += n;
                        break;
                    case ComponentTypes.UnitTestEvaluator:
                        Charge(c, n, p + a + testTokens, 200);
                        next += n;
                        break;
                    default:
                        Charge(c, 1, p + ((long)n * a), a);
                        next += n;
                        break;
                }
            }

            n = layer.Type is ComponentTypes.Generator or ComponentTypes.Fuser ? next : Math.Max(1, next / Math.Max(1, layer.Components.Count));
        }

        return new ArchitectureCostEstimate(calls, usd, maxFuserInputs);
    }
}
