using Microsoft.Extensions.Logging;

namespace Archon.Benchmarks.Running;

/// <summary>Log messages of benchmark runs.</summary>
internal static partial class BenchmarkLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Benchmark item {ItemId} failed: {Error}")]
    public static partial void ItemFailed(ILogger logger, string itemId, string error);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Benchmark item {ItemId} left unscored: {Detail}")]
    public static partial void ItemUnscored(ILogger logger, string itemId, string? detail);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Benchmark run resumed {Resumed} of {Total} items from {Path}")]
    public static partial void Resumed(ILogger logger, int resumed, int total, string path);
}
