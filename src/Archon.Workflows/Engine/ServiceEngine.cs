using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Workflows.Engine;

/// <summary>
/// What the service runs architectures with: the runner, the step runner the architecture orchestration's activities
/// use (the same models and components; null for a runner that is not the built-in engine), the validation context for
/// saved configs, and a notice for the log.
/// </summary>
public sealed record ServiceEngine(IArchitectureRunner Runner, ArchitectureValidationContext Validation, string Notice)
{
    /// <summary>Runs single component steps on the engine's models and components.</summary>
    public ComponentStepRunner? Steps { get; init; }
}
