using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Runs untrusted Python in a subprocess: its own temp directory, resource limits (address space, CPU, processes,
/// file size), its own session so the whole process group is killed on overrun, and — where the OS permits — fresh
/// user/network/mount/PID namespaces (no network, read-only file system outside the temp dir, processes contained).
/// Generated code never runs in-process.
/// </summary>
public sealed class PythonSandbox
{
    private static readonly Lazy<bool> NamespacesPermitted = new(ProbeNamespaces);
    private readonly SandboxOptions _options;

    public PythonSandbox(SandboxOptions? options = null) => _options = options ?? new SandboxOptions();

    /// <summary>True when this machine lets an unprivileged process create the namespaces the sandbox uses.</summary>
    public static bool NamespacesAvailable => NamespacesPermitted.Value;

    /// <summary>Whether runs of this sandbox will be namespace-isolated.</summary>
    public bool Isolated => _options.Isolation switch
    {
        SandboxIsolation.Namespaces => true,
        SandboxIsolation.LimitsOnly => false,
        _ => NamespacesAvailable,
    };

    /// <summary>Runs <paramref name="program"/> as <c>program.py</c> in a fresh temp directory, deleted afterwards.</summary>
    public async Task<SandboxResult> RunAsync(string program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (_options.Isolation == SandboxIsolation.Namespaces && !NamespacesAvailable)
        {
            throw new InvalidOperationException("sandbox isolation 'Namespaces' was requested but this OS does not permit unprivileged namespaces (unshare)");
        }

        var isolated = Isolated;
        var dir = Directory.CreateTempSubdirectory("archon-sandbox-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "program.py"), program, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "limits.py"), SandboxScripts.Limits, cancellationToken).ConfigureAwait(false);
            if (isolated)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, "isolate.sh"), SandboxScripts.Isolate, cancellationToken).ConfigureAwait(false);
            }
            else if (!OperatingSystem.IsWindows())
            {
                // Limits-only mode drops root to nobody, who must be able to write here.
                File.SetUnixFileMode(dir.FullName, (UnixFileMode)0x1FF);
            }

            return await ExecuteAsync(StartInfo(dir.FullName, isolated), isolated, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(dir);
        }
    }

    private ProcessStartInfo StartInfo(string dir, bool isolated)
    {
        var psi = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.Environment.Clear();
        psi.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["HOME"] = dir;
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        if (isolated)
        {
            foreach (var a in (string[])["unshare", "--user", "--map-root-user", "--net", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc", "sh", Path.Combine(dir, "isolate.sh"), dir])
            {
                psi.ArgumentList.Add(a);
            }
        }

        var cpuSeconds = Math.Max(1, (int)Math.Ceiling(_options.Timeout.TotalSeconds));
        foreach (var a in (string[])[_options.Python, "-I", "limits.py",
                     _options.MemoryBytes.ToString(CultureInfo.InvariantCulture),
                     cpuSeconds.ToString(CultureInfo.InvariantCulture),
                     _options.MaxProcesses.ToString(CultureInfo.InvariantCulture),
                     _options.MaxFileBytes.ToString(CultureInfo.InvariantCulture)])
        {
            psi.ArgumentList.Add(a);
        }

        return psi;
    }

    private async Task<SandboxResult> ExecuteAsync(ProcessStartInfo psi, bool isolated, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var process = new Process { StartInfo = psi };
        var stdout = new CappedBuffer(_options.MaxOutputChars);
        var stderr = new CappedBuffer(_options.MaxOutputChars);
        process.OutputDataReceived += (_, e) => stdout.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.AppendLine(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            await KillGroupAsync(process).ConfigureAwait(false);
            if (!timedOut)
            {
                throw;
            }
        }

        return new SandboxResult(
            process.HasExited ? process.ExitCode : -1,
            timedOut,
            stdout.ToString(),
            stderr.ToString(),
            isolated,
            Stopwatch.GetElapsedTime(started));
    }

    /// <summary>SIGKILL to the session's process group (setsid made the child its leader), then to the tree.</summary>
    private static async Task KillGroupAsync(Process process)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill")
            {
                ArgumentList = { "-KILL", "--", "-" + process.Id.ToString(CultureInfo.InvariantCulture) },
                UseShellExecute = false,
                RedirectStandardError = true,
            });
            if (kill is not null)
            {
                await kill.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No kill(1): fall through to killing the tree.
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Output pipes held by a straggler; the exit code is reported as unknown.
        }
    }

    private static bool ProbeNamespaces()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var dir = Directory.CreateTempSubdirectory("archon-sandbox-probe-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "isolate.sh"), SandboxScripts.Isolate);
            var psi = new ProcessStartInfo("unshare")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in (string[])["--user", "--map-root-user", "--net", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc", "sh", Path.Combine(dir.FullName, "isolate.sh"), dir.FullName, "true"])
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi);
            if (p is null || !p.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                return false;
            }

            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            TryDelete(dir);
        }
    }

    private static void TryDelete(DirectoryInfo dir)
    {
        try
        {
            dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A straggler still holds a file; the OS temp cleaner takes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: leave it to the temp cleaner.
        }
    }
}
