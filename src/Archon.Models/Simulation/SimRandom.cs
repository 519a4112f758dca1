namespace Archon.Models.Simulation;

/// <summary>A small deterministic random stream (SplitMix64) seeded from a hash, so simulated outputs are reproducible.</summary>
internal sealed class SimRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>FNV-1a over the characters of <paramref name="text"/>, folded into <paramref name="hash"/>.</summary>
    public static ulong Hash(ulong hash, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        hash ^= 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    public static ulong Hash(ulong hash, long value) => Mix(hash ^ (ulong)value ^ 0x9E3779B97F4A7C15UL);

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => n <= 0 ? 0 : (int)(NextUInt64() % (ulong)n);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
