using System.CommandLine;
using System.Globalization;
using Archon.Models.Setup;

namespace Archon.Cli.Setup;

/// <summary>
/// The model options every command that calls models shares: <c>--catalog &lt;file&gt;</c>, <c>--simulate</c>,
/// <c>--sim-latency-ms N</c> and <c>--no-cache</c>. They build the model resolver through <see cref="ModelSetup.Create"/>;
/// with no catalog at all the simulated catalog is used and its notice printed. Real models' responses are kept in
/// the disk cache (<see cref="CacheLocation"/>) across runs unless <c>--no-cache</c> is given.
/// </summary>
internal sealed class ModelOptions
{
    public Option<string?> Catalog { get; } = new("--catalog")
    {
        Description = "Model catalog JSON file (model name → kind, endpoint, deployment, prices). Default: the Archon__ModelCatalogPath or Archon__ModelCatalog (inline JSON) setting; without any, the simulated catalog.",
    };

    public Option<bool> Simulate { get; } = new("--simulate")
    {
        Description = "Replace every model the architecture names with a simulated model (offline, deterministic).",
    };

    public Option<string?> SimLatencyMs { get; } = new("--sim-latency-ms")
    {
        Description = "Latency of each simulated call in milliseconds (an integer ≥ 0).",
    };

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Make every model call: neither read nor write the response cache (in memory or on disk). The disk cache is in Archon__CacheDirectory, else ~/.cache/archon/responses.",
    };

    /// <summary>Adds the options to <paramref name="command"/>; commands that make no model calls leave out latency and cache.</summary>
    public void AddTo(Command command, bool withLatency = true)
    {
        command.Options.Add(Catalog);
        command.Options.Add(Simulate);
        if (withLatency)
        {
            command.Options.Add(SimLatencyMs);
            command.Options.Add(NoCache);
        }
    }

    /// <summary>Reads the options; returns the usage error when <c>--sim-latency-ms</c> is malformed.</summary>
    public (ModelSetupOptions? Options, string? UsageError) Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        int? latency = null;
        if (parseResult.GetValue(SimLatencyMs) is { } text)
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) || ms < 0)
            {
                return (null, $"--sim-latency-ms: '{text}' is not an integer ≥ 0.");
            }

            latency = ms;
        }

        var noCache = parseResult.GetResult(NoCache) is not null && parseResult.GetValue(NoCache);
        return (new ModelSetupOptions
        {
            // Without --catalog the same settings the service reads apply: a file path or inline JSON.
            CatalogPath = parseResult.GetValue(Catalog) ?? NonEmpty(Environment.GetEnvironmentVariable("Archon__ModelCatalogPath")),
            CatalogJson = NonEmpty(Environment.GetEnvironmentVariable("Archon__ModelCatalog")),
            Simulate = parseResult.GetValue(Simulate),
            SimLatencyMs = latency,
            CacheDirectory = noCache ? null : CacheLocation.Directory(),
            CacheCapacity = noCache ? 0 : new ModelSetupOptions().CacheCapacity,
        }, null);
    }

    /// <summary>
    /// Sets <paramref name="command"/>'s action: reads these options first (a malformed one is a usage error, exit 2,
    /// printed to stderr), then runs <paramref name="run"/> with them.
    /// </summary>
    public void SetAction(Command command, Func<ParseResult, ModelSetupOptions, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(run);
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var (models, usage) = Read(r);
            if (models is null)
            {
                Console.Error.WriteLine(usage);
                return Task.FromResult(Output.ExitCodes.Usage);
            }

            return run(r, models, ct);
        });
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Builds the resolver; returns the error message when the catalog cannot be loaded.</summary>
    public static (ModelSetupResult? Setup, string? Error) Create(ModelSetupOptions options)
    {
        try
        {
            return (ModelSetup.Create(options), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"model catalog: {ex.Message}");
        }
    }
}
