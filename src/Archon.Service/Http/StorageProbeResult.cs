namespace Archon.Service.Http;

/// <summary>One storage check: <see cref="Failure"/> is null when storage answered, else what went wrong.</summary>
internal sealed record StorageProbeResult(string? Failure, DateTimeOffset CheckedAt)
{
    public bool Available => Failure is null;
}
