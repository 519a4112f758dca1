using System.Globalization;
using Archon.Benchmarks.Running;

namespace Archon.Cli.Bench;

/// <summary>Progress as plain lines (redirected output): at most one line per ~5% and always the last.</summary>
internal sealed class PlainProgress(TextWriter writer) : IProgress<BenchmarkProgress>
{
    private readonly object _gate = new();
    private int _lastBucket = -1;

    public void Report(BenchmarkProgress value)
    {
        var bucket = value.Total == 0 ? 20 : value.Done * 20 / value.Total;
        lock (_gate)
        {
            if (bucket == _lastBucket && value.Done != value.Total)
            {
                return;
            }

            _lastBucket = bucket;
            writer.WriteLine(BenchFormat.ProgressLine(value));
        }
    }
}
