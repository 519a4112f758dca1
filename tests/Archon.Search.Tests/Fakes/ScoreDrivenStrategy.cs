using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Strategies;

namespace Archon.Search.Tests.Fakes;

/// <summary>
/// A strategy that proposes up to <c>limit</c> trials, each depending on every score reported before it, so a search
/// that tells a score late, twice, out of order or wrongly proposes differently from then on. Deterministic for its
/// seed and the scores it is told; it may propose a point and item count again.
/// </summary>
internal sealed class ScoreDrivenStrategy(int points, int searchItems, int seed, int limit) : ISearchStrategy
{
    private ulong _state = Mix((ulong)seed);
    private int _asked;

    public string Name => "score-driven";

    public TrialRequest? Next()
    {
        if (_asked >= limit)
        {
            return null;
        }

        _asked++;
        _state = Mix(_state + (ulong)_asked);
        return new TrialRequest((int)(_state % (ulong)points), 1 + (int)((_state >> 32) % (ulong)searchItems));
    }

    public void Report(TrialRequest request, double score) =>
        _state = Mix(_state ^ (ulong)BitConverter.DoubleToInt64Bits(score) ^ ((ulong)request.PointIndex << 40) ^ (ulong)request.Items);

    public IReadOnlyDictionary<string, string> DescribeState() =>
        new Dictionary<string, string> { ["asked"] = _asked.ToString(CultureInfo.InvariantCulture) };

    // SplitMix64's finaliser.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
