namespace Archon.Benchmarks.Sandbox;

/// <summary>The shell script that builds the sandbox's private root, and the Python harness that marks completion.</summary>
internal static class SandboxScripts
{
    /// <summary>Exit code of the isolation script when it could not build the sandbox (its stderr says which step).</summary>
    public const int SetupFailedExitCode = 125;

    /// <summary>Prefix of the isolation script's failure message on stderr.</summary>
    public const string SetupFailedPrefix = "archon-sandbox: setup failed: ";

    /// <summary>Name of the file that carries the run's completion marker into the sandbox; the harness deletes it first.</summary>
    public const string MarkerFile = ".archon-marker";

    /// <summary>
    /// Runs as root of a fresh user namespace (also with fresh mount, PID and network namespaces), with arguments
    /// <c>DIR DISK_BYTES EXTRA_RO_PATHS COMMAND…</c>. It builds a new root on a size-limited tmpfs: <c>/usr</c> (and the
    /// top-level links into it) and the extra paths bound read-only, a few device nodes, a fresh <c>/proc</c>, an empty
    /// <c>/tmp</c>, and <c>/work</c> holding a copy of <c>DIR/files</c>. It caps nested user namespaces at the one it
    /// is about to create, pivots into the new root (the host's file system is then unreachable), and execs the command
    /// in a second, unprivileged user namespace, which drops every capability and locks the mounts.
    /// </summary>
    public const string Isolate = """
        fail() { echo "archon-sandbox: setup failed: $1" >&2; exit 125; }
        D="$1"; SIZE="$2"; EXTRA="$3"; shift 3
        R="$D/root"
        mount -t tmpfs -o "size=$SIZE,mode=0755,nosuid,nodev" archon-sandbox "$R" || fail "tmpfs"
        mkdir "$R/work" "$R/tmp" "$R/proc" "$R/dev" "$R/dev/shm" "$R/usr" "$R/.old" || fail "mkdir"
        chmod 1777 "$R/tmp" "$R/dev/shm" || fail "chmod"
        mount --bind -o ro,nosuid,nodev /usr "$R/usr" || fail "bind /usr"
        LINKS=""; DIRS=""
        for x in bin sbin lib lib32 lib64 libx32; do
          if [ -L "/$x" ]; then LINKS="$LINKS /$x"; elif [ -d "/$x" ]; then DIRS="$DIRS $x"; fi
        done
        [ -z "$LINKS" ] || cp -P $LINKS "$R/" || fail "links to /usr"
        for x in $DIRS; do { mkdir "$R/$x" && mount --bind -o ro,nosuid,nodev "/$x" "$R/$x"; } || fail "bind /$x"; done
        OLDIFS="$IFS"; IFS=:
        for p in $EXTRA; do
          case "$p" in /usr|/usr/*|"") continue;; esac
          [ -e "$p" ] || continue
          if [ -d "$p" ]; then mkdir -p "$R$p" || fail "mkdir $p"
          else { mkdir -p "$R$(dirname "$p")" && touch "$R$p"; } || fail "touch $p"; fi
          mount --bind -o ro,nosuid,nodev "$p" "$R$p" || fail "bind $p"
        done
        IFS="$OLDIFS"
        touch "$R/dev/null" "$R/dev/zero" "$R/dev/full" "$R/dev/random" "$R/dev/urandom" || fail "device nodes"
        for n in null zero full random urandom; do mount --bind "/dev/$n" "$R/dev/$n" || fail "bind /dev/$n"; done
        cp -P /dev/fd /dev/stdin /dev/stdout /dev/stderr "$R/dev/" 2>/dev/null \
          || { ln -sf /proc/self/fd "$R/dev/fd" && ln -sf fd/0 "$R/dev/stdin" && ln -sf fd/1 "$R/dev/stdout" && ln -sf fd/2 "$R/dev/stderr"; } || fail "dev links"
        mount -t proc -o nosuid,nodev,noexec proc "$R/proc" || fail "proc"
        cp -R "$D/files/." "$R/work/" || fail "copy files"
        echo 1 > "$R/proc/sys/user/max_user_namespaces" || fail "user namespace limit"
        { cd "$R" && pivot_root . .old && umount -l /.old && cd /work; } || fail "pivot_root"
        exec unshare --user --mount -- "$@"
        """;

    /// <summary>
    /// Runs <c>program.py</c> as <c>__main__</c>, then writes the run's marker to fd 1 — so the marker appears only when
    /// the program (and the tests at its end) ran to the end: an early <c>sys.exit(0)</c>, <c>os._exit(0)</c> or a
    /// killed process leaves it out. The marker is read from a file deleted before the program starts; it is never
    /// in the program's text, arguments or environment.
    /// </summary>
    public const string PythonHarness = """
        import os, runpy, sys
        with open(".archon-marker") as _f:
            _marker = _f.read().strip()
        os.remove(".archon-marker")
        sys.argv = ["program.py"]
        sys.path.insert(0, os.getcwd())
        runpy.run_path("program.py", run_name="__main__")
        sys.stdout.flush()
        sys.stderr.flush()
        os.write(1, (_marker + "\n").encode())
        """;
}
