namespace Archon.Benchmarks.Sandbox;

/// <summary>The outcome of running code in the sandbox.</summary>
/// <param name="ExitCode">The exit code (128 + signal when killed by a signal; -1 when unknown).</param>
/// <param name="TimedOut">True when the time limit passed and the process group was killed.</param>
/// <param name="Stdout">Standard output (without the completion marker), up to the output limit.</param>
/// <param name="Stderr">Standard error, truncated to <see cref="SandboxOptions.MaxOutputChars"/>.</param>
/// <param name="Isolated">True when the namespace isolation was in force.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record SandboxResult(int ExitCode, bool TimedOut, string Stdout, string Stderr, bool Isolated, TimeSpan Elapsed)
{
    /// <summary>True when the program wrote more than <see cref="SandboxOptions.MaxOutputBytes"/> and was killed.</summary>
    public bool OutputLimitExceeded { get; init; }

    /// <summary>
    /// Whether the harness wrote the run's completion marker (the program reached its end); null when the run did
    /// not ask for one.
    /// </summary>
    public bool? ReachedEnd { get; init; }

    /// <summary>True when the code ran to completion within every limit with exit code 0 (and reached its end, when asked).</summary>
    public bool Passed => !TimedOut && !OutputLimitExceeded && ExitCode == 0 && ReachedEnd != false;
}
