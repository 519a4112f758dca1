namespace Archon.Core.Execution;

/// <summary>A component that produced nothing: every one of its model calls failed after the pipeline's retries, or it threw.</summary>
/// <param name="Layer">0-based layer index.</param>
/// <param name="Component">The component type.</param>
/// <param name="ComponentIndex">Index of the component in its layer.</param>
/// <param name="Model">The component's model.</param>
/// <param name="Message">What went wrong (the last call's error, with secrets redacted by the model pipeline).</param>
public sealed record ComponentFailure(int Layer, string Component, int ComponentIndex, string Model, string Message)
{
    /// <summary>One line naming the component and the error, for logs, warnings and stored results.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"layer {Layer} {Component} #{ComponentIndex} ({Model}) produced nothing: {Message}");
}
