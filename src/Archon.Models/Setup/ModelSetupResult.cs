using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Catalog;
using Archon.Models.Pipeline;
using Archon.Models.Redaction;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Setup;

/// <summary>The outcome of <see cref="ModelSetup.Create"/>.</summary>
public sealed record ModelSetupResult
{
    /// <summary>Resolves model names to client pipelines.</summary>
    public required IModelResolver Resolver { get; init; }

    /// <summary>The catalog in use (after simulation overrides).</summary>
    public required ModelCatalog Catalog { get; init; }

    /// <summary>True when no catalog was configured and the default simulated catalog is in use.</summary>
    public required bool UsingSimulatedCatalog { get; init; }

    /// <summary>A sentence to show the user about where models come from (mentions simulation when it applies).</summary>
    public required string Notice { get; init; }

    /// <summary>Usage totals of every model of this setup.</summary>
    public required UsageCounter Usage { get; init; }

    /// <summary>The response cache shared by every model of this setup.</summary>
    public required ResponseCache Cache { get; init; }

    /// <summary>Knows every API key this setup read; use it on any text that may hold an upstream error.</summary>
    public required SecretRedactor Redactor { get; init; }

    /// <summary>
    /// The logger factory the pipeline logs through (the given one, with secrets redacted). Give it to the runner too,
    /// so component and query logs are redacted the same way.
    /// </summary>
    public required ILoggerFactory LoggerFactory { get; init; }
}
