using System.Diagnostics;

namespace Archon.Core.Tracing;

/// <summary>
/// The execution engine's OpenTelemetry names. The runner emits one span per architecture run, per layer and per
/// component run on the <see cref="SourceName"/> source; model-call spans (source <c>Archon.Models</c>) nest under the
/// component that made the call. Register the source by this name: no span is created while nothing listens.
/// </summary>
public static class ArchonCoreTelemetry
{
    /// <summary>The ActivitySource name: <c>Archon.Core</c>.</summary>
    public const string SourceName = "Archon.Core";

    /// <summary>Span tag: the architecture's name.</summary>
    public const string ArchitectureTag = "archon.architecture";

    /// <summary>Span tag: the 0-based layer index.</summary>
    public const string LayerIndexTag = "archon.layer.index";

    /// <summary>Span tag: the layer's component type.</summary>
    public const string LayerTypeTag = "archon.layer.type";

    /// <summary>Span tag: the number of components in the layer.</summary>
    public const string LayerComponentsTag = "archon.layer.components";

    /// <summary>Span tag: candidates the layer received.</summary>
    public const string CandidatesInTag = "archon.candidates.in";

    /// <summary>Span tag: candidates the layer (or component) produced.</summary>
    public const string CandidatesOutTag = "archon.candidates.out";

    /// <summary>Span tag: false when a budget stop or cancellation ended the layer early.</summary>
    public const string LayerCompletedTag = "archon.layer.completed";

    /// <summary>Span tag: the component type.</summary>
    public const string ComponentTypeTag = "archon.component.type";

    /// <summary>Span tag: the component's index in its layer.</summary>
    public const string ComponentIndexTag = "archon.component.index";

    /// <summary>Span tag: the component's catalog model name (the same key the model counters use).</summary>
    public const string ModelTag = "archon.model";

    /// <summary>Span tag: the component's configured samples.</summary>
    public const string SamplesTag = "archon.component.samples";

    /// <summary>Span tag: warnings the component reported.</summary>
    public const string WarningsTag = "archon.component.warnings";

    /// <summary>Span tag: why the query stopped.</summary>
    public const string StopReasonTag = "archon.stop_reason";

    /// <summary>Span tag: model calls the query made.</summary>
    public const string CallsTag = "archon.calls";

    /// <summary>Span tag: the query's cost in US dollars.</summary>
    public const string CostTag = "archon.cost_usd";

    /// <summary>Span tag: true when the final layer's answer was streamed to the caller's delta writer.</summary>
    public const string StreamedTag = "archon.streamed";

    internal static ActivitySource Source { get; } = new(SourceName);
}
