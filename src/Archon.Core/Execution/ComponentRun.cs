using Archon.Core.Components;

namespace Archon.Core.Execution;

/// <summary>How one component's run ended: with an output, stopped by a limit or cancellation, or failed.</summary>
internal sealed record ComponentRun(ComponentOutput? Output, StopReason? Stop, string? StopDetail, Exception? Failure)
{
    public static ComponentRun Succeeded(ComponentOutput output) => new(output, null, null, null);

    public static ComponentRun Stopped(StopReason reason, string detail) => new(null, reason, detail, null);

    public static ComponentRun Failed(Exception exception) => new(null, null, null, exception);
}
