namespace Archon.Search.Surrogates;

/// <summary>
/// How far a score measured on the first n of N search items may lie from the score on all N: the variance of a
/// mean of n items drawn without replacement from N, for item scores in [0, 1] reported on a 0–100 scale.
/// </summary>
public static class SubsampleNoise
{
    /// <summary>
    /// 100² · p(1 − p)/n · (N − n)/(N − 1), with p = (n·score/100 + 1)/(n + 2). For items scored in [0, 1] with mean
    /// p, p(1 − p) bounds the per-item variance (equality for right/wrong items); the Laplace estimate keeps a perfect
    /// or zero subsample score from claiming certainty; the finite-population factor makes a full evaluation exact.
    /// </summary>
    public static double Variance(double score, int items, int totalItems)
    {
        if (items >= totalItems)
        {
            return 0;
        }

        if (items <= 0)
        {
            return 100.0 * 100.0 / 4; // nothing measured: the largest variance a [0, 1] item can have
        }

        var p = ((items * Math.Clamp(score / 100, 0, 1)) + 1) / (items + 2.0);
        return 100.0 * 100.0 * p * (1 - p) / items * (totalItems - items) / (totalItems - 1.0);
    }
}
