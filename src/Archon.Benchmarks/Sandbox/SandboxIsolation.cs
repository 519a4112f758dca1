namespace Archon.Benchmarks.Sandbox;

/// <summary>How the sandbox isolates the code beyond resource limits and a process group.</summary>
public enum SandboxIsolation
{
    /// <summary>Namespaces when the OS permits them (probed once per process), else limits only.</summary>
    Auto,

    /// <summary>
    /// Fresh user, mount, PID and network namespaces via <c>unshare</c>, and a private root: <c>/usr</c> read-only, a
    /// size-limited tmpfs for <c>/work</c> and <c>/tmp</c>, nothing else of the host's file system, no network, no
    /// capabilities, no further user namespaces. Fails when the OS forbids them.
    /// </summary>
    Namespaces,

    /// <summary>
    /// Resource limits, a minimal environment and a killable process group only: the network, world-readable and
    /// world-writable paths (such as <c>/tmp</c>) are reachable and total disk use is not limited.
    /// </summary>
    LimitsOnly,
}
