using Archon.Service.Http;
using Archon.Service;
using Archon.Workflows.Searches;
using Archon.Workflows.Settings;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archon.LocalHost;

/// <summary>
/// <c>archon serve</c>'s stand-in for the Functions app's timer: at each occurrence of <c>Archon__SearchSchedule</c> it
/// starts the scheduled searches (<see cref="ScheduledSearches"/>). A far occurrence is waited for in steps of at most an
/// hour; a schedule that never fires is reported once and the timer stays off while the rest of the service runs.
/// </summary>
internal sealed partial class ScheduledSearchTimer(
    ScheduledSearches searches, DurableTaskClient client, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<ScheduledSearchTimer> logger)
    : BackgroundService
{
    private static readonly TimeSpan Step = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Schedule is not { } cron)
        {
            return;
        }

        if (options.Value.ScheduleNeverFires(time.GetUtcNow()) is { } never)
        {
            LogNeverFires(logger, never);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(time.GetUtcNow().UtcDateTime);
            if (next is not { } occurrence)
            {
                LogNeverFires(logger, "the schedule has no further occurrence: scheduled searches are off");
                return;
            }

            try
            {
                for (var wait = occurrence - time.GetUtcNow().UtcDateTime; wait > TimeSpan.Zero; wait = occurrence - time.GetUtcNow().UtcDateTime)
                {
                    await Task.Delay(wait < Step ? wait : Step, time, stoppingToken).ConfigureAwait(false);
                }

                await searches.StartAsync(new DateTimeOffset(occurrence, TimeSpan.Zero), client, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, occurrence, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Configuration error: {Reason}")]
    private static partial void LogNeverFires(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled searches for {Occurrence:o} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, DateTime occurrence, string reason);
}
