using System.Text.Json;
using System.Text.RegularExpressions;
using Cronos;

namespace Archon.Workflows.Settings;

/// <summary>The orchestrations' settings (section <c>Archon</c>; environment variables <c>Archon__X</c>).</summary>
public sealed partial class WorkflowOptions
{
    /// <summary>The task hub of <c>archon serve</c> (3–45 letters and digits, starting with a letter); default <c>archon</c>. The Functions app's is in host.json.</summary>
    public string TaskHub { get; set; } = "archon";

    /// <summary>Days a finished orchestration's history is kept, 0–3650; default 7 (results stay in blobs). 0 keeps histories.</summary>
    public int HistoryRetentionDays { get; set; } = 7;

    /// <summary>When scheduled searches start: a six-field cron schedule (second minute hour day month day-of-week, UTC), or none.</summary>
    public string? SearchSchedule { get; set; }

    /// <summary>The scheduled searches: a JSON array of search requests (each may have a <c>name</c>); otherwise the blobs <c>schedules/*.json</c>.</summary>
    public string? ScheduledSearches { get; set; }

    /// <summary>Activities <c>archon serve</c> runs at once, 1–1024; default 64.</summary>
    public int MaxConcurrentActivities { get; set; } = 64;

    /// <summary>The parsed schedule, or null when none is set (call <see cref="Problems"/> first).</summary>
    public CronExpression? Schedule => string.IsNullOrWhiteSpace(SearchSchedule) ? null : CronExpression.Parse(SearchSchedule, CronFormat.IncludeSeconds);

    public IEnumerable<string> Problems()
    {
        if (!TaskHubName().IsMatch(TaskHub ?? string.Empty))
        {
            yield return $"{SettingRule.Name(nameof(TaskHub))} must be 3–45 letters and digits starting with a letter (got '{TaskHub}').";
        }

        if (SettingRule.Range(nameof(HistoryRetentionDays), HistoryRetentionDays, 0, 3650) is { } retention)
        {
            yield return retention;
        }

        if (SettingRule.Range(nameof(MaxConcurrentActivities), MaxConcurrentActivities, 1, 1024) is { } activities)
        {
            yield return activities;
        }

        if (ScheduleProblem() is { } schedule)
        {
            yield return schedule;
        }

        if (!string.IsNullOrWhiteSpace(ScheduledSearches) && SearchesProblem() is { } searches)
        {
            yield return searches;
        }
    }

    private string? ScheduleProblem()
    {
        if (string.IsNullOrWhiteSpace(SearchSchedule))
        {
            return null;
        }

        try
        {
            CronExpression.Parse(SearchSchedule, CronFormat.IncludeSeconds);
            return null;
        }
        catch (CronFormatException ex)
        {
            return $"{SettingRule.Name(nameof(SearchSchedule))} is not a six-field cron schedule (second minute hour day month day-of-week): {ex.Message}";
        }
    }

    /// <summary>
    /// Why scheduled searches cannot run although the schedule parses (it never fires, e.g. 30 February), or null. Not a
    /// start failure: the timer reports it and stays off, the rest of the service runs.
    /// </summary>
    public string? ScheduleNeverFires(DateTimeOffset now) =>
        Schedule is { } cron && cron.GetNextOccurrence(now.UtcDateTime) is null
            ? $"{SettingRule.Name(nameof(SearchSchedule))} '{SearchSchedule}' never fires (no date matches it): scheduled searches are off."
            : null;

    private string? SearchesProblem()
    {
        try
        {
            using var document = JsonDocument.Parse(ScheduledSearches!);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? null
                : $"{SettingRule.Name(nameof(ScheduledSearches))} must be a JSON array of search requests.";
        }
        catch (JsonException ex)
        {
            return $"{SettingRule.Name(nameof(ScheduledSearches))} is not valid JSON: {ex.Message}";
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex TaskHubName();
}
