namespace Archon.Service.Functions;

/// <summary>Binding names used in the function.json files, so handler and declaration agree.</summary>
internal static class FunctionBindings
{
    /// <summary>Name of the queue-trigger binding in every queue function.</summary>
    public const string QueueMessage = "message";

    /// <summary>Name of the timer-trigger binding.</summary>
    public const string Timer = "timer";

    /// <summary>The timer function's name (its folder).</summary>
    public const string ScheduledSearchesFunction = "ScheduledSearches";
}
