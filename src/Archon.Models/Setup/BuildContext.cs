using Archon.Models.Caching;
using Archon.Models.Pipeline;
using Archon.Models.Providers;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Setup;

/// <summary>What every model of one <see cref="ModelSetup"/> is built with.</summary>
internal sealed record BuildContext(
    ModelSetupOptions Options,
    UsageCounter Usage,
    ResponseCache Cache,
    TimeProvider Time,
    ILoggerFactory LoggerFactory,
    ILogger Logger,
    ProviderContext Providers);
