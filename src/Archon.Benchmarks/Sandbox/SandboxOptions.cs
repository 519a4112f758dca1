namespace Archon.Benchmarks.Sandbox;

/// <summary>Limits for running untrusted Python code. Defaults suit HumanEval/MBPP.</summary>
public sealed record SandboxOptions
{
    /// <summary>Wall-clock limit; the whole process group is killed when it passes. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Address-space limit (RLIMIT_AS) in bytes. Default 512 MiB.</summary>
    public long MemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Maximum processes (RLIMIT_NPROC; inside the sandbox's own user namespace when available). Default 32.</summary>
    public int MaxProcesses { get; init; } = 32;

    /// <summary>Largest file the code may write (RLIMIT_FSIZE), bytes. Default 16 MiB.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Output kept per stream, characters. Default 16,000.</summary>
    public int MaxOutputChars { get; init; } = 16_000;

    /// <summary>The Python interpreter. Default <c>python3</c>.</summary>
    public string Python { get; init; } = "python3";

    /// <summary>How to isolate. Default <see cref="SandboxIsolation.Auto"/>.</summary>
    public SandboxIsolation Isolation { get; init; } = SandboxIsolation.Auto;
}
