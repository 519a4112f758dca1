namespace Archon.Perf;

/// <summary>A benchmark scenario: measures one figure an issue names and prints it as a ratio against its target.</summary>
internal interface IPerfScenario
{
    /// <summary>The name used on the command line, e.g. <c>engine-overlap</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what is measured and what the target is.</summary>
    string Description { get; }

    /// <summary>Runs the scenario and returns true when every target figure is met.</summary>
    Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
