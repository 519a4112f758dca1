using Archon.Core.Architectures;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.BuiltIn;

/// <summary>Creates <c>fuser</c> components.</summary>
internal sealed class FuserFactory(ILogger logger) : IComponentFactory
{
    public string Type => ComponentTypes.Fuser;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new FuserComponent(config, logger);
    }
}
