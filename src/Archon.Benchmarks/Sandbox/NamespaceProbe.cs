using System.Diagnostics;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Finds out once per process whether this machine lets the sandbox build its namespaces: it runs the real isolation
/// script with <c>true</c> as the command. When it cannot, <see cref="Reason"/> says why (for the run summary).
/// </summary>
internal static class NamespaceProbe
{
    private static readonly Lazy<(bool Available, string? Reason)> Result = new(Probe);

    public static bool Available => Result.Value.Available;

    /// <summary>Why namespaces are unavailable, or null when they are.</summary>
    public static string? Reason => Result.Value.Reason;

    private static (bool, string?) Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (false, "not Linux");
        }

        var dir = Directory.CreateTempSubdirectory("archon-sandbox-probe-");
        try
        {
            SandboxDirectory.Prepare(dir.FullName, isolated: true, new Dictionary<string, byte[]>());
            var request = new SandboxRequest { Files = new Dictionary<string, byte[]>(), Command = ["true"] };
            var psi = SandboxCommandLine.Create(dir.FullName, isolated: true, new SandboxOptions(), request);
            using var p = Process.Start(psi);
            if (p is null)
            {
                return (false, "could not start setsid");
            }

            p.StandardInput.Close();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                p.Kill(entireProcessTree: true);
                return (false, "the namespace probe did not finish within 20 s");
            }

            var error = stderr.Wait(TimeSpan.FromSeconds(5)) ? stderr.Result.Trim() : string.Empty;
            return p.ExitCode == 0
                ? (true, null)
                : (false, string.IsNullOrEmpty(error) ? $"unshare exited with {p.ExitCode}" : error.Split('\n')[0]);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (false, $"a sandbox tool is missing ({ex.Message})");
        }
        finally
        {
            SandboxDirectory.TryDelete(dir);
        }
    }
}
