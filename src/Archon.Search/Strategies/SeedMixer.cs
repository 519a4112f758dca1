namespace Archon.Search.Strategies;

/// <summary>
/// Turns a seed a user picks into the seed of a strategy's random generator through an integer hash, so searches
/// with neighbouring seeds are independent. .NET's seeded <see cref="Random"/> gives consecutive seeds correlated
/// later draws: the architecture a shuffle of a 1,006-point space puts 65th mostly moves by at most one index from
/// seed to seed (seeds 14 to 16 all put architecture 139 there), so "independent" random searches with seeds 1..10
/// would agree.
/// </summary>
public static class SeedMixer
{
    /// <summary>A non-negative generator seed for <paramref name="seed"/> (any integer); distinct seeds rarely collide.</summary>
    public static int Mix(int seed)
    {
        unchecked
        {
            var x = (uint)seed * 0x9E3779B9u;
            x ^= x >> 16;
            x *= 0x85EBCA6Bu;
            x ^= x >> 13;
            x *= 0xC2B2AE35u;
            x ^= x >> 16;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
