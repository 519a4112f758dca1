namespace Archon.Core.Architectures;

/// <summary>Defaults applied when a config leaves a key out.</summary>
public static class ArchitectureDefaults
{
    /// <summary>Sampling temperature (<c>temperature</c>).</summary>
    public const double Temperature = 0.7;

    /// <summary>Maximum output tokens per call (<c>max_tokens</c>).</summary>
    public const int MaxTokens = 2048;

    /// <summary>Samples per component (<c>samples</c>).</summary>
    public const int Samples = 1;

    /// <summary>
    /// Candidates a ranker keeps when <c>top_k</c> is absent. The original format requires <c>top_k</c> on rankers;
    /// its published configs almost all use 5, so that is the default here.
    /// </summary>
    public const int RankerTopK = 5;

    /// <summary>Unit tests a unit-test generator writes when <c>unit_test_cap</c> is absent (the paper uses 5–10).</summary>
    public const int UnitTestCount = 5;
}
