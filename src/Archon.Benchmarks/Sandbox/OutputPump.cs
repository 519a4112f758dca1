using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Reads one output stream of a sandboxed program in fixed-size chunks (a line without end never grows a buffer),
/// counts its bytes against the shared <see cref="OutputBudget"/>, keeps at most <c>keepChars</c> characters, and
/// watches for the run's completion marker at the end of a line.
/// </summary>
internal sealed class OutputPump(Stream stream, int keepChars, string? marker, OutputBudget budget)
{
    private readonly StringBuilder _kept = new();
    private readonly StringBuilder _lineTail = new();
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private bool _truncated;

    /// <summary>True when a line ended with the marker.</summary>
    public bool MarkerSeen { get; private set; }

    /// <summary>The kept text without the marker, with a note when it was cut.</summary>
    public string Text
    {
        get
        {
            var text = _kept.ToString();
            if (marker is not null && MarkerSeen)
            {
                text = text.Replace(marker + "\n", string.Empty, StringComparison.Ordinal).Replace(marker, string.Empty, StringComparison.Ordinal);
            }

            return _truncated ? text + "\n[output truncated]" : text;
        }
    }

    /// <summary>Reads to the end of the stream (or until <paramref name="cancellationToken"/> fires).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var bytes = new byte[8192];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(bytes, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!budget.TrySpend(n))
                {
                    // Over budget: the run is being killed; drain without keeping anything.
                    continue;
                }

                var count = _decoder.GetChars(bytes, 0, n, chars, 0);
                Consume(chars.AsSpan(0, count));
            }
        }
        catch (OperationCanceledException)
        {
            // A straggler held the pipe open after the kill; what was read is kept.
        }
        catch (IOException)
        {
            // The pipe broke when the process group was killed.
        }
    }

    private void Consume(ReadOnlySpan<char> chunk)
    {
        var room = keepChars - _kept.Length;
        if (room > 0)
        {
            _kept.Append(chunk[..Math.Min(room, chunk.Length)]);
        }

        if (chunk.Length > Math.Max(room, 0))
        {
            _truncated = true;
        }

        if (marker is null)
        {
            return;
        }

        foreach (var c in chunk)
        {
            if (c == '\n')
            {
                MarkerSeen |= EndsWith(_lineTail, marker);
                _lineTail.Clear();
                continue;
            }

            _lineTail.Append(c);
            if (_lineTail.Length > 2 * marker.Length)
            {
                _lineTail.Remove(0, _lineTail.Length - marker.Length);
            }
        }
    }

    private static bool EndsWith(StringBuilder sb, string suffix)
    {
        if (sb.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (sb[sb.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }
}
