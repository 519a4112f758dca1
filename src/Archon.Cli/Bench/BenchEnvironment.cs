using Archon.Cli.Setup;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Models.Setup;

namespace Archon.Cli.Bench;

/// <summary>The resolver, runner and architecture loading shared by <c>bench</c>, <c>rank-models</c> and <c>search --judge</c>.</summary>
internal sealed class BenchEnvironment
{
    private BenchEnvironment(ModelSetupResult setup, bool simulate)
    {
        Setup = setup;
        Simulate = simulate;
        Engine = ArchitectureEngine.Create(setup.Resolver);
    }

    public ModelSetupResult Setup { get; }

    /// <summary>True under <c>--simulate</c>: every model name resolves to a simulated model, as in <c>archon run --simulate</c>.</summary>
    public bool Simulate { get; }

    public ArchitectureEngine Engine { get; }

    public IArchitectureRunner Runner => Engine.Runner;

    public IModelResolver Resolver => Setup.Resolver;

    /// <summary>The environment, or null after writing why the catalog cannot be loaded to <paramref name="error"/>.</summary>
    public static BenchEnvironment? Create(ModelSetupOptions options, TextWriter error)
    {
        var (setup, message) = ModelOptions.Create(options);
        if (setup is null)
        {
            error.WriteLine(message);
            return null;
        }

        return new BenchEnvironment(setup, options.Simulate);
    }

    /// <summary>The environment over models that are already set up (their cache is shared).</summary>
    public static BenchEnvironment For(ModelSetupResult setup, bool simulate = false) => new(setup, simulate);

    public ModelPricing? Pricing(string model) => Resolver.Resolve(model)?.Pricing;

    /// <summary>True when any model of the architectures resolves to a simulated model.</summary>
    public bool RunsOnSimulatedModels(params ArchitectureConfig?[] architectures) =>
        architectures.OfType<ArchitectureConfig>()
            .SelectMany(a => a.Layers)
            .SelectMany(l => l.Components)
            .Any(c => Resolver.Resolve(c.Model)?.Simulated == true);

    /// <summary>Loads and checks an architecture file; returns null and writes every problem to stderr when it cannot run.</summary>
    public ArchitectureConfig? LoadArchitecture(string path, string option, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{option}: file '{path}' does not exist");
            return null;
        }

        // Names resolve as the runner resolves them: aliases, model_type routing, and any name under --simulate.
        var load = ArchitectureLoader.LoadFile(path, Engine.Validation);
        foreach (var line in ProblemLines.Of(load.Diagnostics))
        {
            error.WriteLine($"{option} {path}: {line}");
        }

        if (!load.Succeeded)
        {
            return null;
        }

        try
        {
            Runner.Resolve(load.Architecture!);
            return load.Architecture;
        }
        catch (InvalidArchitectureException ex)
        {
            foreach (var line in ProblemLines.Of(ex.Problems))
            {
                error.WriteLine($"{option} {path}: {line}");
            }

            return null;
        }
    }
}
