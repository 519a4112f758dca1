using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>ranker</c> components.</summary>
internal sealed class RankerFactory(ILogger logger, int parseRetries) : IComponentFactory
{
    public string Type => ComponentTypes.Ranker;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new RankerComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }
}
