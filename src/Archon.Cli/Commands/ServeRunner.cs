using System.Globalization;
using Archon.Service.Hosting;
using Archon.Service;
using Archon.Workflows.Engine;
using Archon.Workflows.Storage;
using Archon.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

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
                Console.WriteLine($"Azurite started: blob 127.0.0.1:{azurite.BlobPort}, queue 127.0.0.1:{azurite.QueuePort}");
            }

            if (options.Simulate)
            {
                settings[ServiceSettings.Simulate] = "true";
            }

            if (options.SimLatencyMs is { } latency)
            {
                settings[ServiceSettings.SimLatencyMs] = latency.ToString(CultureInfo.InvariantCulture);
            }

            var app = ArchonWebApp.Create([], EngineFactory.FromServices, options.Urls, c => c.AddInMemoryCollection(settings));
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await ArchonWebApp.EnsureStorageAsync(app, cancellationToken).ConfigureAwait(false);
                }
                catch (StorageUnavailableException ex)
                {
                    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                    return 3;
                }

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
