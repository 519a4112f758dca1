using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Service.Engine;

/// <summary>What the service runs architectures with: the runner, the validation context for saved configs, and a notice for the log.</summary>
public sealed record ServiceEngine(IArchitectureRunner Runner, ArchitectureValidationContext Validation, string Notice);
