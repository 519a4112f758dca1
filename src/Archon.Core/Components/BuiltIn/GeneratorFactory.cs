using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>generator</c> components.</summary>
internal sealed class GeneratorFactory(ILogger logger) : IComponentFactory
{
    public string Type => ComponentTypes.Generator;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new GeneratorComponent(config, logger);
    }
}
