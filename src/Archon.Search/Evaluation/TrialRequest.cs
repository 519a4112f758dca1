namespace Archon.Search.Evaluation;

/// <summary>A strategy's request: evaluate the feasible point <paramref name="PointIndex"/> on the first <paramref name="Items"/> items of the search split.</summary>
public sealed record TrialRequest(int PointIndex, int Items);
