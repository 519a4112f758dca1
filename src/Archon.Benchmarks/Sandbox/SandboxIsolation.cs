namespace Archon.Benchmarks.Sandbox;

/// <summary>How the sandbox isolates the code beyond resource limits and a process group.</summary>
public enum SandboxIsolation
{
    /// <summary>Namespaces when the OS permits them (probed once per process), else limits only.</summary>
    Auto,

    /// <summary>
    /// Fresh user, network, mount and PID namespaces via <c>unshare</c>: no network, every mount read-only except the
    /// temp dir, processes contained in their own PID namespace. Fails when the OS forbids them.
    /// </summary>
    Namespaces,

    /// <summary>Resource limits and a killable process group only: network and file system are NOT isolated.</summary>
    LimitsOnly,
}
