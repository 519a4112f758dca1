using System.Diagnostics;
using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Compiles C# in-process (Roslyn) and runs the program with the .NET host in the same sandbox as Python code, under
/// the same limits (memory as the GC heap limit). A harness entry point calls the tests' <c>Main</c> and then writes the
/// run's completion marker, so an early <c>Environment.Exit(0)</c> fails.
/// </summary>
public sealed class CSharpSandbox
{
    /// <summary>The entry class the sandbox compiles in beside the program.</summary>
    public const string HarnessType = "ArchonSandboxHarness";

    /// <summary>.NET needs more threads than Python processes: the process limit is at least this.</summary>
    private const int MinProcesses = 64;

    private static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(60);
    private readonly SandboxOptions _options;
    private readonly SandboxRunner _runner;

    /// <summary>Creates a sandbox with <paramref name="options"/> (validated; defaults when null).</summary>
    public CSharpSandbox(SandboxOptions? options = null)
    {
        _options = options ?? new SandboxOptions();
        _runner = new SandboxRunner(_options);
    }

    /// <summary>True when this machine has a .NET host that can run compiled programs.</summary>
    public static bool HostAvailable => DotnetHost.Current is not null;

    /// <summary>Why C# programs cannot run here, or null when they can.</summary>
    public static string? HostUnavailableReason => DotnetHost.Reason;

    /// <summary>The limits this sandbox runs with.</summary>
    public SandboxOptions Options => _options;

    /// <summary>
    /// Compiles <paramref name="source"/> and runs <c><paramref name="testsType"/>.Main(string[])</c> in the sandbox;
    /// the run passes only when that method returns and the process exits 0.
    /// </summary>
    /// <exception cref="InvalidOperationException">No .NET host is available (the message says why).</exception>
    public async Task<CSharpRun> RunAsync(string source, string testsType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(testsType);
        var host = DotnetHost.Current ?? throw new InvalidOperationException(DotnetHost.Reason);
        var started = Stopwatch.GetTimestamp();
        using var compileLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        compileLimit.CancelAfter(CompileLimit);
        CSharpCompileResult compiled;
        try
        {
            compiled = await Task.Run(() => CSharpCompiler.Compile([source, Harness(testsType)], HarnessType, compileLimit.Token), compileLimit.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            compiled = new CSharpCompileResult(null, [$"compilation took longer than {CompileLimit.TotalSeconds:0} s"]);
        }

        var compileTime = Stopwatch.GetElapsedTime(started);
        if (!compiled.Succeeded)
        {
            return new CSharpRun(compiled, null, compileTime);
        }

        var run = await _runner.RunAsync(
            new SandboxRequest
            {
                Files = new Dictionary<string, byte[]>
                {
                    ["program.dll"] = compiled.Assembly!,
                    ["program.runtimeconfig.json"] = Encoding.UTF8.GetBytes(host.RuntimeConfig(_options.MemoryBytes)),
                },
                Command = [host.Muxer, "program.dll"],
                Environment = new Dictionary<string, string>
                {
                    ["DOTNET_ROOT"] = host.Root,
                    ["DOTNET_EnableDiagnostics"] = "0",
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                    ["DOTNET_gcServer"] = "0",
                },
                ReadOnlyPaths = [host.Root],
                RequireCompletionMarker = true,
                AddressSpaceBytes = _options.MemoryBytes + (1L << 30),
                MaxProcesses = Math.Max(_options.MaxProcesses, MinProcesses),
            },
            cancellationToken).ConfigureAwait(false);
        return new CSharpRun(compiled, run, compileTime);
    }

    private static string Harness(string testsType) => $$"""
        internal static class {{HarnessType}}
        {
            private static int Main(string[] args)
            {
                var marker = global::System.IO.File.ReadAllText("{{SandboxScripts.MarkerFile}}").Trim();
                global::System.IO.File.Delete("{{SandboxScripts.MarkerFile}}");
                global::{{testsType}}.Main(args);
                global::System.Console.Out.Flush();
                global::System.Console.Error.Flush();
                using var stdout = global::System.Console.OpenStandardOutput();
                stdout.Write(global::System.Text.Encoding.ASCII.GetBytes(marker + "\n"));
                return 0;
            }
        }
        """;
}
