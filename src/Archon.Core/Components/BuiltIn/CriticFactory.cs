using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>critic</c> components.</summary>
internal sealed class CriticFactory(ILogger logger, int parseRetries) : IComponentFactory
{
    public string Type => ComponentTypes.Critic;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new CriticComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }
}
