using System.CommandLine;
using System.Globalization;
using Archon.Cli.Setup;
using Archon.Cli.Output;
using Archon.Core.Architectures;
using Archon.Core.Estimation;
using Archon.Core.Execution;
using Archon.Models.Setup;

namespace Archon.Cli.Commands;

/// <summary>
/// <c>archon validate [--simulate] [--catalog f] &lt;config.json&gt;</c>: loads and validates an architecture. Exit 0
/// with a one-line summary (layers, components, model calls, estimated tokens and $ per query); exit 1 listing every
/// problem with its JSON path; exit 2 for usage errors. Warnings are printed and do not fail.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public ValidateCommand()
        : this(Console.Out, Console.Error)
    {
    }

    internal ValidateCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var models = new ModelOptions();
        var config = new Argument<string[]>("config")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Architecture config JSON file.",
        };
        var command = new Command("validate", "Check an architecture config; print a one-line summary or every problem.");
        models.AddTo(command, withLatency: false);
        command.Arguments.Add(config);
        command.SetAction(async (ParseResult r, CancellationToken _) =>
        {
            var paths = r.GetValue(config) ?? [];
            if (paths.Length != 1)
            {
                await _error.WriteLineAsync("archon validate: give exactly one config file.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var (options, usage) = models.Read(r);
            if (usage is not null)
            {
                await _error.WriteLineAsync($"archon validate: {usage}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await ValidateAsync(paths[0], options!).ConfigureAwait(false);
        });
        return command;
    }

    private async Task<int> ValidateAsync(string path, ModelSetupOptions options)
    {
        var (setup, setupError) = ModelOptions.Create(options);
        if (setup is null)
        {
            await _error.WriteLineAsync(setupError).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var context = ArchitectureEngine.Create(setup.Resolver).Validation;
        var loaded = ArchitectureLoader.LoadFile(path, context);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await _error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        if (!loaded.Succeeded)
        {
            var errors = loaded.Errors.Count();
            await _error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: invalid ({errors} error{(errors == 1 ? string.Empty : "s")}).")).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var architecture = loaded.Architecture!;
        var estimate = ArchitectureEstimator.Estimate(architecture, name => setup.Resolver.Resolve(name)?.Pricing);
        var warnings = loaded.Warnings.Count();
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: valid — '{architecture.Name}': {Count(estimate.Layers, "layer")}, {Count(estimate.Components, "component")}, {Count(estimate.CallsPerQuery, "model call")} per query, ~{estimate.EstimatedInputTokens + estimate.EstimatedOutputTokens} tokens ({estimate.EstimatedInputTokens} in / {estimate.EstimatedOutputTokens} out), ~${estimate.EstimatedCostUsd:0.######} per query");
        if (setup.UsingSimulatedCatalog)
        {
            summary += " (simulated catalog prices)";
        }

        if (estimate.UnpricedModels.Count > 0)
        {
            summary += $" (no price for {string.Join(", ", estimate.UnpricedModels)})";
        }

        if (warnings > 0)
        {
            summary += "; " + Count(warnings, "warning");
        }

        await _out.WriteLineAsync(summary + ".").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
