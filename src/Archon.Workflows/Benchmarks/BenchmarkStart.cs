namespace Archon.Workflows.Benchmarks;

/// <summary>How a start request ended: started, already there (a duplicate starts nothing), or refused with the error.</summary>
internal sealed record BenchmarkStart(string? Id, bool AlreadyExisted, RequestError? Error)
{
    public static BenchmarkStart Started(string id) => new(id, false, null);

    public static BenchmarkStart Existing(string id) => new(id, true, null);

    public static BenchmarkStart Invalid(RequestError error) => new(null, false, error);
}
