using System.Globalization;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// A short, bounded description of why a sandboxed run failed, naming the limit it hit where one can tell. The
/// program's own output appears only as its last error line, cut to <see cref="MaxQuotedChars"/> characters: details
/// are stored with results, the program's output is not.
/// </summary>
public static class SandboxFailure
{
    /// <summary>Most characters of the program's error output quoted in a detail.</summary>
    public const int MaxQuotedChars = 200;

    /// <summary>Describes <paramref name="run"/> (run under <paramref name="options"/>); "passed" when it passed.</summary>
    public static string Describe(SandboxResult run, SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        if (run.Passed)
        {
            return "passed";
        }

        if (run.OutputLimitExceeded)
        {
            return $"output limit exceeded: more than {Size(options.MaxOutputBytes)} written; the run was killed";
        }

        if (run.TimedOut)
        {
            return string.Create(CultureInfo.InvariantCulture, $"time limit exceeded: killed after {run.Elapsed.TotalSeconds:0.0} s");
        }

        var last = LastLine(run.Stderr);
        var limit = LimitHit(run, options, last);
        if (limit is not null)
        {
            return last.Length == 0 ? limit : $"{limit}: {last}";
        }

        if (AssertionMessage(run.Stderr) is { } assertion)
        {
            return "assertion failed: " + assertion;
        }

        if (run.ExitCode == 0 && run.ReachedEnd == false)
        {
            return "exited with code 0 before the tests ran to the end (early exit)";
        }

        return last.Length == 0 ? $"exit code {run.ExitCode}" : $"exit code {run.ExitCode}: {last}";
    }

    /// <summary>The last non-empty line of <paramref name="text"/>, cut to <see cref="MaxQuotedChars"/>.</summary>
    public static string LastLine(string? text) =>
        Cut(text?.Replace("[output truncated]", string.Empty, StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault() ?? string.Empty);

    /// <summary><paramref name="text"/> cut to <see cref="MaxQuotedChars"/> characters, with an ellipsis when cut.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxQuotedChars ? text : string.Concat(text.AsSpan(0, MaxQuotedChars), "…");
    }

    private static string? LimitHit(SandboxResult run, SandboxOptions options, string last)
    {
        var err = run.Stderr;
        if (run.ExitCode == 128 + 24)
        {
            return string.Create(CultureInfo.InvariantCulture, $"CPU time limit exceeded ({Math.Ceiling(options.Timeout.TotalSeconds):0} s)");
        }

        if (Has(err, "No space left on device") || Has(err, "Errno 28"))
        {
            return $"disk limit reached ({Size(options.MaxDiskBytes)} in total)";
        }

        if (Has(err, "File too large") || Has(err, "Errno 27") || run.ExitCode == 128 + 25)
        {
            return $"file size limit reached ({Size(options.MaxFileBytes)} per file)";
        }

        if (Has(err, "MemoryError") || Has(err, "OutOfMemoryException") || Has(err, "Out of memory") || Has(err, "Cannot allocate memory"))
        {
            return $"memory limit reached ({Size(options.MemoryBytes)})";
        }

        if (Has(err, "Resource temporarily unavailable") || Has(err, "BlockingIOError") || Has(last, "can't start new thread"))
        {
            return string.Create(CultureInfo.InvariantCulture, $"process limit reached ({options.MaxProcesses} processes)");
        }

        return null;
    }

    /// <summary>The condition .NET prints after <c>Assertion failed.</c> when a <c>Debug.Assert</c> fails.</summary>
    private static string? AssertionMessage(string err)
    {
        var lines = err.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("Assertion failed.", StringComparison.Ordinal));
        return at < 0 ? null : Cut(at + 1 < lines.Length ? lines[at + 1].Trim() : string.Empty);
    }

    private static bool Has(string text, string what) => text.Contains(what, StringComparison.Ordinal);

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
