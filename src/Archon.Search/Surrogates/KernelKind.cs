namespace Archon.Search.Surrogates;

/// <summary>The covariance function of a Gaussian process.</summary>
public enum KernelKind
{
    /// <summary>Matérn ν = 5/2: (1 + √5 r/ℓ + 5r²/3ℓ²) · exp(−√5 r/ℓ).</summary>
    Matern52,

    /// <summary>Squared exponential: exp(−r²/2ℓ²).</summary>
    Rbf,
}
