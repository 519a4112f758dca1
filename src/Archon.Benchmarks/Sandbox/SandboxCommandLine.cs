using System.Diagnostics;
using System.Globalization;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// The command line that starts a sandboxed run: <c>setsid</c> (its own process group, killed as a whole), then —
/// when the caller is root — <c>setpriv</c> to the unprivileged user 65534 (so the process limit applies and root-only
/// files stay closed), then, with isolation, <c>unshare</c> into fresh user, mount, PID and network namespaces running
/// <see cref="SandboxScripts.Isolate"/>, and last <c>prlimit</c> with the run's resource limits.
/// </summary>
internal static class SandboxCommandLine
{
    /// <summary>The user (and group) a root caller's sandboxes run as: <c>nobody</c> on Linux.</summary>
    public const int UnprivilegedId = 65534;

    public static ProcessStartInfo Create(string dir, bool isolated, SandboxOptions options, SandboxRequest request)
    {
        var workDir = Path.Combine(dir, "files");
        var psi = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = isolated ? dir : workDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment.Clear();
        psi.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["HOME"] = isolated ? "/work" : workDir;
        psi.Environment["TMPDIR"] = "/tmp";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (name, value) in request.Environment)
        {
            psi.Environment[name] = value;
        }

        var args = psi.ArgumentList;
        if (Environment.IsPrivilegedProcess)
        {
            var id = UnprivilegedId.ToString(CultureInfo.InvariantCulture);
            Add(args, "setpriv", $"--reuid={id}", $"--regid={id}", "--clear-groups");
        }

        if (isolated)
        {
            Add(args, "unshare", "--user", "--map-root-user", "--mount", "--pid", "--net", "--fork", "--kill-child");
            Add(args, "sh", "-c", SandboxScripts.Isolate, "archon-sandbox", dir,
                Invariant(options.MaxDiskBytes), string.Join(':', request.ReadOnlyPaths));
        }

        var cpuSeconds = Math.Max(1, (long)Math.Ceiling((request.Timeout ?? options.Timeout).TotalSeconds));
        Add(args, "prlimit",
            $"--as={Invariant(request.AddressSpaceBytes ?? options.MemoryBytes)}",
            $"--cpu={Invariant(cpuSeconds)}",
            $"--nproc={Invariant(request.MaxProcesses ?? options.MaxProcesses)}",
            $"--fsize={Invariant(options.MaxFileBytes)}",
            "--core=0",
            "--");
        foreach (var a in request.Command)
        {
            args.Add(a);
        }

        return psi;
    }

    private static void Add(System.Collections.ObjectModel.Collection<string> args, params string[] values)
    {
        foreach (var v in values)
        {
            args.Add(v);
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
