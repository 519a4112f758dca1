using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archon.Service.Timers;

/// <summary>Standalone host only: fires the scheduled-search trigger on its NCRONTAB schedule (the Functions host does this itself).</summary>
internal sealed partial class TimerService : BackgroundService
{
    private readonly NCrontabSchedule _schedule;
    private readonly ScheduledSearchTrigger _trigger;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerService> _logger;

    public TimerService(NCrontabSchedule schedule, ScheduledSearchTrigger trigger, TimeProvider time, ILogger<TimerService> logger)
    {
        _schedule = schedule;
        _trigger = trigger;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = _schedule.Next(_time.GetUtcNow());
            var wait = next - _time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, stoppingToken).ConfigureAwait(false);
                }

                var started = await _trigger.FireAsync(stoppingToken).ConfigureAwait(false);
                LogFired(_logger, started.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled searches: started {Count}")]
    private static partial void LogFired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled searches failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
