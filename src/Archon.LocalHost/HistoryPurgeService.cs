using Archon.Service.Http;
using Archon.Service;
using Archon.Workflows.Settings;
using Archon.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archon.LocalHost;

/// <summary><c>archon serve</c>'s stand-in for the Functions app's purge timer: hourly, purges finished histories older than the retention.</summary>
internal sealed partial class HistoryPurgeService(
    DurableTaskClient client, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<HistoryPurgeService> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = options.Value.HistoryRetentionDays;
        if (days == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, time, stoppingToken).ConfigureAwait(false);
                var purged = await HistoryPurge.PurgeAsync(client, TimeSpan.FromDays(days), time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                LogPurged(logger, purged, days);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} orchestration histories older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging orchestration histories failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
