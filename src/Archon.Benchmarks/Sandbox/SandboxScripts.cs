namespace Archon.Benchmarks.Sandbox;

/// <summary>The two small scripts written next to the code in each sandbox directory.</summary>
internal static class SandboxScripts
{
    /// <summary>
    /// Runs as root of a fresh user namespace: makes every mount read-only except the sandbox directory, then enters
    /// a second, unprivileged user namespace (which locks those mounts) and execs the command.
    /// </summary>
    public const string Isolate = """
        D="$1"; shift
        mount --bind "$D" "$D" || exit 120
        awk '{print $2}' /proc/self/mounts | while read -r m; do mount -o remount,bind,ro "$m" 2>/dev/null; done
        mount -o remount,bind,rw "$D" || exit 121
        cd "$D" || exit 122
        exec unshare --user --mount -- "$@"
        """;

    /// <summary>Sets the resource limits, drops real root to nobody (limits-only mode), then runs <c>program.py</c> as <c>__main__</c>.</summary>
    public const string Limits = """
        import os, resource, runpy, sys
        mem, cpu, nproc, fsize = (int(a) for a in sys.argv[1:5])
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if os.geteuid() == 0:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
        sys.argv = ["program.py"]
        sys.path.insert(0, os.getcwd())
        runpy.run_path("program.py", run_name="__main__")
        """;
}
