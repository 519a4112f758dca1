using Archon.Core.Architectures;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Generator;

/// <summary>
/// Answers the conversation directly: one call per sample, all concurrent, each reply one candidate. The caller's
/// conversation is sent as it is (without its system messages when <c>no_system</c> is set).
/// </summary>
internal sealed class GeneratorComponent(ComponentConfig config, ILogger logger) : IArchitectureComponent
{
    public string Type => ComponentTypes.Generator;

    public Task<ComponentOutput> RunAsync(ComponentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        IReadOnlyList<ChatMessage> messages = config.GetBool(ComponentKeys.NoSystem)
            ? input.Conversation.Where(m => m.Role != ChatRole.System).ToList()
            : input.Conversation.ToList();
        return TextSampler.RunAsync(
            input,
            Type,
            Math.Max(1, config.Samples),
            sample => ModelCalls.Request(config, input, Type, messages, sample),
            logger,
            cancellationToken);
    }
}
