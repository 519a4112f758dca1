namespace Archon.Workflows.Benchmarks;

/// <summary>Why a request cannot be accepted: the field at fault and the rules it broke; <see cref="NotFound"/> when it names something that does not exist.</summary>
internal sealed record RequestError(string Field, IReadOnlyList<string> Errors, bool NotFound = false)
{
    public static RequestError Of(string field, string error, bool notFound = false) => new(field, [error], notFound);

    public override string ToString() => $"{Field}: {string.Join("; ", Errors)}";
}
