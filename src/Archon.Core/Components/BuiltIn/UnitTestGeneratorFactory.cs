using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>unit_test_generator</c> components.</summary>
internal sealed class UnitTestGeneratorFactory(ILogger logger, int parseRetries) : IComponentFactory
{
    public string Type => ComponentTypes.UnitTestGenerator;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new UnitTestGeneratorComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }
}
