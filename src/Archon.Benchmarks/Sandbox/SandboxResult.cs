namespace Archon.Benchmarks.Sandbox;

/// <summary>The outcome of running code in the sandbox.</summary>
/// <param name="ExitCode">The interpreter's exit code (137 or -1 when killed).</param>
/// <param name="TimedOut">True when the time limit passed and the process group was killed.</param>
/// <param name="Stdout">Standard output, truncated to the configured size.</param>
/// <param name="Stderr">Standard error, truncated to the configured size.</param>
/// <param name="Isolated">True when the namespace isolation was in force.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record SandboxResult(int ExitCode, bool TimedOut, string Stdout, string Stderr, bool Isolated, TimeSpan Elapsed)
{
    /// <summary>True when the code ran to completion with exit code 0.</summary>
    public bool Passed => !TimedOut && ExitCode == 0;
}
