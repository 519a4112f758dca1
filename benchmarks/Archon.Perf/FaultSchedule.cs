using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Archon.Perf;

/// <summary>
/// Seeded fault decisions that do not depend on arrival order: the n-th time a given request body arrives always
/// meets the same fault, whatever else is in flight. A rate of 0 never faults.
/// </summary>
internal sealed class FaultSchedule(double rate, int seed)
{
    private static readonly FaultKind[] Kinds = [FaultKind.TooManyRequests, FaultKind.InternalError, FaultKind.Unavailable, FaultKind.Timeout];
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    public FaultKind Next(string body)
    {
        var occurrence = _seen.AddOrUpdate(body, 0, (_, n) => n + 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{occurrence}|{body}"));
        var draw = BitConverter.ToUInt64(hash, 0) / (double)ulong.MaxValue;
        return draw < rate ? Kinds[hash[8] % Kinds.Length] : FaultKind.None;
    }
}
