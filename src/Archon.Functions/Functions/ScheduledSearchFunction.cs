using Archon.Workflows.Searches;
using Archon.Workflows.Settings;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archon.Functions.Functions;

/// <summary>
/// The scheduled-search timer. It ticks every minute and starts the searches of every occurrence of
/// <c>Archon__SearchSchedule</c> in the last tick (with some overlap; the id derived from the occurrence makes a repeated
/// start a no-op), so the schedule is an app setting like any other: unset, nothing happens; one that never fires is
/// reported and nothing else is affected.
/// </summary>
internal sealed partial class ScheduledSearchFunction(
    ScheduledSearches searches, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<ScheduledSearchFunction> logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(90);

    [Function("ScheduledSearches")]
    public async Task Run([TimerTrigger("0 * * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        if (options.Value.Schedule is not { } cron)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (options.Value.ScheduleNeverFires(now) is { } never)
        {
            LogNeverFires(logger, never);
            return;
        }

        foreach (var occurrence in ScheduledSearches.Occurrences(cron, now - Window, now))
        {
            await searches.StartAsync(occurrence, client, context.CancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Configuration error: {Reason}")]
    private static partial void LogNeverFires(ILogger logger, string reason);
}
