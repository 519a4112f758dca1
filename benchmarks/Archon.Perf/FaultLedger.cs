using System.Collections.Concurrent;
using Archon.Core.Models;

namespace Archon.Perf;

/// <summary>What <see cref="FaultInjectingChatServer"/> received and billed, priced like the catalog entry.</summary>
internal sealed class FaultLedger(ModelPricing pricing)
{
    private readonly ConcurrentDictionary<FaultKind, int> _requests = new();
    private long _input;
    private long _output;
    private long _unbilledOutput;
    private int _abandoned;
    private int _finishedLate;

    public int Requests => _requests.Values.Sum();

    public long BilledInputTokens => Interlocked.Read(ref _input);

    public long BilledOutputTokens => Interlocked.Read(ref _output);

    public decimal BilledUsd => pricing.Cost(BilledInputTokens, BilledOutputTokens);

    /// <summary>Stalled requests the client gave up on (billed their prompt tokens).</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    /// <summary>Stalled requests whose reply was sent all the same (billed in full).</summary>
    public int FinishedLate => Volatile.Read(ref _finishedLate);

    /// <summary>
    /// Output tokens the abandoned requests would have produced: what a provider that finishes generating after the
    /// client has gone would bill on top, which no client can see.
    /// </summary>
    public long AbandonedOutputTokens => Interlocked.Read(ref _unbilledOutput);

    public int Count(FaultKind kind) => _requests.GetValueOrDefault(kind);

    public void Received(FaultKind kind) => _requests.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void BillReply(long input, long output, bool late)
    {
        Interlocked.Add(ref _input, input);
        Interlocked.Add(ref _output, output);
        if (late)
        {
            Interlocked.Increment(ref _finishedLate);
        }
    }

    public void BillAbandoned(long input, long wouldHaveWritten)
    {
        Interlocked.Add(ref _input, input);
        Interlocked.Add(ref _unbilledOutput, wouldHaveWritten);
        Interlocked.Increment(ref _abandoned);
    }
}
