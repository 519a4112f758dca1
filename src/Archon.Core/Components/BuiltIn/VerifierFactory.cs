using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>verifier</c> components.</summary>
internal sealed class VerifierFactory(ILogger logger, int parseRetries) : IComponentFactory
{
    public string Type => ComponentTypes.Verifier;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new VerifierComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }
}
