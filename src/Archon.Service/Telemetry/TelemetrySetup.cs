using Archon.Workflows;
using Archon.Workflows.Telemetry;
using Archon.Core.Tracing;
using Archon.Models.Pipeline;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Archon.Service.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts. Sources are named explicitly (a wildcard overflows the stack with the Azure
/// Monitor exporter on .NET 10). Exporters: Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set,
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, console when <c>Archon__TelemetryConsole=true</c>.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>Every activity source and meter of the app: HTTP → orchestration and activities (Durable Task) → query → layer → component → model call.</summary>
    public static IReadOnlyList<string> Sources { get; } =
        [ServiceTelemetry.Name, ArchonCoreTelemetry.SourceName, ArchonModelsTelemetry.SourceName, "Archon.Benchmarks", "Archon.Search", "Experimental.Microsoft.Extensions.AI", "Microsoft.DurableTask"];

    public static void AddArchonTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var appInsights = configuration.Get(ServiceSettings.AppInsights);
        var otlp = configuration.Get(ServiceSettings.OtlpEndpoint);
        var console = string.Equals(configuration.Get(ServiceSettings.TelemetryConsole), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(appInsights) && string.IsNullOrWhiteSpace(otlp) && !console)
        {
            return; // nothing to export to: no listener, no overhead.
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("archon"))
            .WithTracing(t =>
            {
                t.AddSource([.. Sources]).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    t.AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    t.AddOtlpExporter();
                }

                if (console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter([.. Sources]).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    m.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    m.AddOtlpExporter();
                }

                if (console)
                {
                    m.AddConsoleExporter();
                }
            })
            .WithLogging(l =>
            {
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    l.AddAzureMonitorLogExporter(o => o.ConnectionString = appInsights);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    l.AddOtlpExporter();
                }
            });
        _ = builder;
    }
}
