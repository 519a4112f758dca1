using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Runs untrusted Python in a subprocess sandbox: a minimal environment, resource limits (memory, CPU, processes,
/// file size, total disk, output), its own process group killed as a whole on overrun, and — where the OS permits — a
/// private root in fresh user, mount, PID and network namespaces (see <see cref="SandboxIsolation"/>).
/// </summary>
public sealed class PythonSandbox
{
    private readonly SandboxOptions _options;
    private readonly SandboxRunner _runner;

    /// <summary>Creates a sandbox with <paramref name="options"/> (validated; defaults when null).</summary>
    public PythonSandbox(SandboxOptions? options = null)
    {
        _options = options ?? new SandboxOptions();
        _runner = new SandboxRunner(_options);
    }

    /// <summary>True when this machine lets the sandbox build its namespaces (probed once per process).</summary>
    public static bool NamespacesAvailable => NamespaceProbe.Available;

    /// <summary>Why namespaces are unavailable on this machine, or null when they are available.</summary>
    public static string? NamespacesUnavailableReason => NamespaceProbe.Reason;

    /// <summary>Whether runs of this sandbox will be namespace-isolated.</summary>
    public bool Isolated => _runner.Isolated;

    /// <summary>The limits this sandbox runs with.</summary>
    public SandboxOptions Options => _options;

    /// <summary>
    /// Runs <paramref name="program"/> as <c>program.py</c> in a fresh working directory. It passes only when it exits
    /// 0 having reached its end: a harness writes a per-run marker after the program's last statement, so a program
    /// that ends early with <c>sys.exit(0)</c> or <c>os._exit(0)</c> fails.
    /// </summary>
    public Task<SandboxResult> RunAsync(string program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return _runner.RunAsync(
            new SandboxRequest
            {
                Files = new Dictionary<string, byte[]>
                {
                    ["program.py"] = Encoding.UTF8.GetBytes(program),
                    ["harness.py"] = Encoding.UTF8.GetBytes(SandboxScripts.PythonHarness),
                },
                Command = [_options.Python, "-I", "harness.py"],
                RequireCompletionMarker = true,
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="stdin"/> as its standard input (for stdin/stdout tests, whose
    /// expected output the caller compares), within <paramref name="timeout"/> when given.
    /// </summary>
    public Task<SandboxResult> RunWithInputAsync(string program, string stdin, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(stdin);
        return _runner.RunAsync(
            new SandboxRequest
            {
                Files = new Dictionary<string, byte[]> { ["solution.py"] = Encoding.UTF8.GetBytes(program) },
                Command = [_options.Python, "-I", "solution.py"],
                Stdin = stdin,
                Timeout = timeout,
            },
            cancellationToken);
    }
}
