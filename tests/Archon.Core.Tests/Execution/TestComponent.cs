using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Execution;

/// <summary>
/// A component for engine tests. It makes <c>samples</c> concurrent calls (sample i → candidate
/// <c>L{layer}.c{index}.s{i}</c> with the reply text); a call that fails with anything but a budget stop is dropped
/// with a warning, as the built-in components do. Non-generator layers pass their input candidates to the model.
/// </summary>
internal sealed class TestComponent(ComponentConfig config) : IArchitectureComponent
{
    public string Type => config.Type;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var tasks = Enumerable.Range(0, config.Samples).Select(async sample =>
        {
            try
            {
                var result = await input.Models.CallAsync(
                    new ModelCallRequest
                    {
                        Model = config.Model,
                        Messages = input.Conversation,
                        Layer = input.Layer,
                        Component = config.Type,
                        ComponentIndex = input.ComponentIndex,
                        Sample = sample,
                        Temperature = config.Temperature,
                        MaxTokens = config.MaxTokens,
                    },
                    cancellationToken);
                return new Candidate
                {
                    Id = $"L{input.Layer}.c{input.ComponentIndex}.s{sample}",
                    Text = result.Text,
                    Source = new CandidateSource(input.Layer, config.Type, input.ComponentIndex, config.Model, sample),
                    Simulated = result.Simulated,
                };
            }
            catch (Exception ex) when (ex is not BudgetExceededException and not OperationCanceledException)
            {
                lock (warnings)
                {
                    warnings.Add($"sample {sample} dropped: {ex.Message}");
                }

                return null;
            }
        });
        var candidates = (await Task.WhenAll(tasks)).OfType<Candidate>().ToArray();
        return new ComponentOutput(candidates) { Warnings = warnings };
    }

    /// <summary>A registry mapping every built-in type name to this component (each kind keeps its merge rule).</summary>
    public static ComponentRegistry Registry()
    {
        var registry = BuiltInComponents.CreateRegistry();
        foreach (var type in ComponentTypes.BuiltIn)
        {
            registry.Register(type, c => new TestComponent(c));
        }

        return registry;
    }
}
