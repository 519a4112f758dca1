using System.Globalization;
using Archon.LocalHost;
using Archon.Service;
using Archon.Workflows.Engine;
using Archon.Workflows.Storage;
using Archon.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Archon.Cli.Commands;

/// <summary>Runs <c>archon serve</c>: optional Azurite, storage check with a clear message, then the app until Ctrl+C.</summary>
internal static class ServeRunner
{
    public static async Task<int> RunAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        AzuriteProcess? azurite = null;
        try
        {
            var settings = new Dictionary<string, string?>();
            if (options.Azurite)
            {
                var root = AzuriteProcess.FindRepoRoot(Environment.CurrentDirectory) ?? AzuriteProcess.FindRepoRoot(AppContext.BaseDirectory);
                if (root is null)
                {
                    await Console.Error.WriteLineAsync("--azurite needs the Archon repository (the folder holding Archon.Functions.sln) above the current folder.")
                        .ConfigureAwait(false);
                    return 2;
                }

                azurite = await AzuriteProcess.StartAsync(root, options.AzuriteLocation, cancellationToken).ConfigureAwait(false);
                settings[ServiceSettings.Storage] = azurite.ConnectionString;
                Console.WriteLine($"Azurite started: blob 127.0.0.1:{azurite.BlobPort}, queue 127.0.0.1:{azurite.QueuePort}, table 127.0.0.1:{azurite.TablePort}");
            }

            if (options.Simulate)
            {
                settings[ServiceSettings.Key(ServiceSettings.Simulate)] = "true";
            }

            if (options.SimLatencyMs is { } latency)
            {
                settings[ServiceSettings.Key(ServiceSettings.SimLatencyMs)] = latency.ToString(CultureInfo.InvariantCulture);
            }

            WebApplication app;
            try
            {
                app = await ArchonWebApp.CreateAsync(
                    [], EngineFactory.FromServices, options.Urls, c => c.AddInMemoryCollection(settings), options.Insecure, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 3;
            }
            catch (Exception ex) when (ex is OptionsValidationException or ServiceConfigurationException)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 2;
            }

            await using (app.ConfigureAwait(false))
            {
                Console.WriteLine($"Archon service listening on {options.Urls} (Ctrl+C to stop)");
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
