using Archon.Models.Pipeline;
using Archon.Models.Redaction;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Providers;

/// <summary>What building a provider client needs from its setup.</summary>
/// <param name="GetEnvironmentVariable">Reads the variable named by an entry's <c>apiKeyEnv</c>.</param>
/// <param name="Redactor">Learns every key read, so errors and logs never show it.</param>
/// <param name="Fallbacks">What endpoints refused (structured outputs, output-limit field).</param>
/// <param name="Logger">For the one-time fallback notices.</param>
internal sealed record ProviderContext(Func<string, string?> GetEnvironmentVariable, SecretRedactor Redactor, EndpointFallbacks Fallbacks, ILogger Logger);
