using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>A thread-safe text buffer that keeps at most a given number of characters.</summary>
internal sealed class CappedBuffer(int max)
{
    private readonly StringBuilder _sb = new();
    private readonly object _gate = new();
    private bool _truncated;

    public void AppendLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_sb.Length + line.Length + 1 > max)
            {
                _truncated = true;
                var room = Math.Max(0, max - _sb.Length);
                _sb.Append(line.AsSpan(0, Math.Min(room, line.Length)));
                return;
            }

            _sb.Append(line).Append('\n');
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _truncated ? _sb + "\n[output truncated]" : _sb.ToString();
        }
    }
}
