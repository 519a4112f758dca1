namespace Archon.Benchmarks.Sandbox;

/// <summary>Limits for running untrusted code. Defaults suit HumanEval, MBPP and CodeContests.</summary>
public sealed record SandboxOptions
{
    /// <summary>Wall-clock limit; the whole process group is killed when it passes. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Memory limit in bytes. Python runs under an address-space limit (RLIMIT_AS) of this size; .NET programs get
    /// it as their GC heap limit, with 1 GiB more address space for the runtime itself. Default 512 MiB.
    /// </summary>
    public long MemoryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Maximum processes and threads (RLIMIT_NPROC, counted inside the sandbox's own user namespace). Default 32.</summary>
    public int MaxProcesses { get; init; } = 32;

    /// <summary>Largest single file the code may write (RLIMIT_FSIZE), bytes. Default 16 MiB.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Everything the code may write to disk in total (its working directory, <c>/tmp</c> and <c>/dev/shm</c> share one
    /// size-limited tmpfs), bytes. Enforced only with namespace isolation. Default 64 MiB.
    /// </summary>
    public long MaxDiskBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Bytes the code may write to stdout and stderr together; past it the run is killed and fails. Default 1 MiB.
    /// </summary>
    public long MaxOutputBytes { get; init; } = 1024L * 1024;

    /// <summary>Characters of standard error kept for the failure detail. Default 16,000.</summary>
    public int MaxOutputChars { get; init; } = 16_000;

    /// <summary>The Python interpreter. Default <c>python3</c>.</summary>
    public string Python { get; init; } = "python3";

    /// <summary>How to isolate. Default <see cref="SandboxIsolation.Auto"/>.</summary>
    public SandboxIsolation Isolation { get; init; } = SandboxIsolation.Auto;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first limit that is out of range.</summary>
    public void Validate()
    {
        Check(Timeout > TimeSpan.Zero, nameof(Timeout), Timeout, "must be positive");
        Check(MemoryBytes >= 16L * 1024 * 1024, nameof(MemoryBytes), MemoryBytes, "must be at least 16 MiB");
        Check(MaxProcesses >= 1, nameof(MaxProcesses), MaxProcesses, "must be at least 1");
        Check(MaxFileBytes >= 1, nameof(MaxFileBytes), MaxFileBytes, "must be at least 1 byte");
        Check(MaxDiskBytes >= 1024 * 1024, nameof(MaxDiskBytes), MaxDiskBytes, "must be at least 1 MiB");
        Check(MaxOutputBytes >= 1024, nameof(MaxOutputBytes), MaxOutputBytes, "must be at least 1 KiB");
        Check(MaxOutputChars >= 0, nameof(MaxOutputChars), MaxOutputChars, "must be 0 or more");
        if (string.IsNullOrWhiteSpace(Python))
        {
            throw new ArgumentException("Python: must name an interpreter", nameof(Python));
        }
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"sandbox option {name} {rule}");
        }
    }
}
