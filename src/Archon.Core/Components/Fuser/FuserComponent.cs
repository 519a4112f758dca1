using Archon.Core.Architectures;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Fuser;

/// <summary>
/// Fuses the incoming candidates (the first <c>first_k</c> of them when set; with the critiques a critic attached to
/// them unless <c>use_critiques</c> is false) into one new candidate per sample. Replies are plain text.
/// </summary>
internal sealed class FuserComponent(ComponentConfig config, ILogger logger) : IArchitectureComponent
{
    public string Type => ComponentTypes.Fuser;

    public async Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = ComponentSettings.FirstK(config) is { } firstK
            ? input.Candidates.Take(firstK).ToList()
            : input.Candidates;
        if (candidates.Count == 0)
        {
            const string warning = "no incoming candidates to fuse; nothing produced";
            logger.Degraded(Type, input.Layer, warning);
            return new ComponentOutput([]) { Warnings = [warning] };
        }

        var prompt = FuserPrompt.Build(
            QueryText.WithUnitTests(input.Query, input.UnitTests),
            candidates,
            ComponentSettings.UsesCritiques(config),
            config.GetBool(ComponentKeys.LengthControl));
        var messages = ModelCalls.PromptMessages(config, input, FuserPrompt.System, prompt);
        return await TextSampler.RunAsync(
            input,
            Type,
            Math.Max(1, config.Samples),
            sample => ModelCalls.Request(config, input, Type, messages, sample),
            logger,
            cancellationToken);
    }
}
