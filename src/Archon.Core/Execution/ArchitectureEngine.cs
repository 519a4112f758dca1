using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Core.Execution;

/// <summary>
/// The built-in engine over one set of models: the seven components, the architecture runner, the step runner that
/// orchestrations use, and the validation context that accepts exactly what they run. Every host builds its engine
/// here, so the CLI, the local host and the Functions app check and run architectures the same way.
/// </summary>
public sealed class ArchitectureEngine
{
    private ArchitectureEngine(IArchitectureRunner runner, ComponentStepRunner steps, ArchitectureValidationContext validation)
    {
        Runner = runner;
        Steps = steps;
        Validation = validation;
    }

    /// <summary>Runs whole architectures.</summary>
    public IArchitectureRunner Runner { get; }

    /// <summary>Runs single component steps on the same models and components.</summary>
    public ComponentStepRunner Steps { get; }

    /// <summary>Accepts the registered component types and the models <c>resolver</c> resolves.</summary>
    public ArchitectureValidationContext Validation { get; }

    /// <summary>The engine over <paramref name="resolver"/>'s models.</summary>
    public static ArchitectureEngine Create(IModelResolver resolver, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        loggerFactory ??= NullLoggerFactory.Instance;
        var time = timeProvider ?? TimeProvider.System;
        var registry = BuiltInComponents.CreateRegistry(loggerFactory);
        return new ArchitectureEngine(
            new ArchitectureRunner(resolver, registry, time, loggerFactory.CreateLogger<ArchitectureRunner>()),
            new ComponentStepRunner(resolver, registry, time, loggerFactory.CreateLogger<ComponentStepRunner>()),
            ArchitectureValidationContext.For(registry.Types, resolver));
    }
}
