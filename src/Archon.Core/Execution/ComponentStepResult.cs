using Archon.Core.Components;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>How one <see cref="ComponentStep"/> ended, with the calls it made.</summary>
/// <param name="Output">The component's output, or null when it was stopped or failed.</param>
/// <param name="Calls">Every model call the step made, failed ones included; offsets are from the step's start.</param>
/// <param name="Warnings">The step's warnings (degraded output, a failed component).</param>
/// <param name="Stop">Set when a limit or cancellation stopped the step.</param>
/// <param name="StopDetail">A sentence explaining <paramref name="Stop"/>.</param>
public sealed record ComponentStepResult(
    ComponentOutput? Output,
    IReadOnlyList<CallRecord> Calls,
    IReadOnlyList<TraceWarning> Warnings,
    StopReason? Stop,
    string? StopDetail);
