namespace Archon.Search.Surrogates;

/// <summary>How a Gaussian process' kernel combines the axes of a space.</summary>
public enum KernelStructure
{
    /// <summary>One kernel over all encoded dimensions (with relevance weights unless they are turned off).</summary>
    Full,

    /// <summary>A sum of one kernel per axis, each with its own variance and length scale (<see cref="AdditiveKernel"/>).</summary>
    Additive,

    /// <summary>The additive kernel plus a full kernel over all dimensions, with relevance weights, for interactions.</summary>
    AdditiveInteraction,
}
