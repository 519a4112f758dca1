using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Engine;

/// <summary>Builds the engine from the app settings (model catalog, simulation) for both hosts.</summary>
public static class EngineFactory
{
    /// <summary>The engine for an app's services (reads <see cref="IConfiguration"/>).</summary>
    public static ServiceEngine FromServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();
        _ = configuration;
        throw new NotSupportedException("the model setup (Archon.Models ModelSetup) is not in this build yet");
    }
}
