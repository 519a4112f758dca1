using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// Runs one <see cref="SandboxRequest"/> as a subprocess under the limits of <see cref="SandboxOptions"/> and, where
/// the OS permits, in a private root (see <see cref="SandboxScripts.Isolate"/>). Output is read in bounded chunks and
/// counted against the output budget; on overrun of the time or output limit the whole process group is killed.
/// Generated code never runs in-process.
/// </summary>
internal sealed class SandboxRunner
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private readonly SandboxOptions _options;

    public SandboxRunner(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Whether runs will be namespace-isolated (probing the OS once for <see cref="SandboxIsolation.Auto"/>).</summary>
    public bool Isolated => _options.Isolation switch
    {
        SandboxIsolation.Namespaces => true,
        SandboxIsolation.LimitsOnly => false,
        _ => NamespaceProbe.Available,
    };

    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the code sandbox needs Linux (setsid, prlimit and, for isolation, unshare)");
        }

        if (_options.Isolation == SandboxIsolation.Namespaces && !NamespaceProbe.Available)
        {
            throw new InvalidOperationException($"sandbox isolation 'Namespaces' was requested but this machine does not permit it: {NamespaceProbe.Reason}");
        }

        var isolated = Isolated;
        var marker = request.RequireCompletionMarker ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : null;
        var files = marker is null
            ? request.Files
            : new Dictionary<string, byte[]>(request.Files) { [SandboxScripts.MarkerFile] = Encoding.ASCII.GetBytes(marker) };
        var dir = Directory.CreateTempSubdirectory("archon-sandbox-");
        try
        {
            SandboxDirectory.Prepare(dir.FullName, isolated, files);
            var psi = SandboxCommandLine.Create(dir.FullName, isolated, _options, request);
            var result = await ExecuteAsync(psi, request, marker, isolated, cancellationToken).ConfigureAwait(false);
            if (isolated && result.ExitCode == SandboxScripts.SetupFailedExitCode
                         && result.Stderr.StartsWith(SandboxScripts.SetupFailedPrefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the code sandbox could not start: {result.Stderr.Split('\n')[0]}");
            }

            return result;
        }
        finally
        {
            SandboxDirectory.TryDelete(dir);
        }
    }

    private async Task<SandboxResult> ExecuteAsync(ProcessStartInfo psi, SandboxRequest request, string? marker, bool isolated, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var process = new Process { StartInfo = psi };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var maxOutput = request.MaxOutputBytes ?? _options.MaxOutputBytes;
        var budget = new OutputBudget(maxOutput, stop.Cancel);
        process.Start();
        var stdout = new OutputPump(process.StandardOutput.BaseStream, (int)Math.Min(maxOutput, int.MaxValue), marker, budget);
        var stderr = new OutputPump(process.StandardError.BaseStream, _options.MaxOutputChars, null, budget);
        using var pumpStop = new CancellationTokenSource();
        var pumps = Task.WhenAll(stdout.RunAsync(pumpStop.Token), stderr.RunAsync(pumpStop.Token));
        var feed = FeedAsync(process, request.Stdin);

        stop.CancelAfter(request.Timeout ?? _options.Timeout);
        var stopped = false;
        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            stopped = true;
        }

        // Kill the group even after a normal exit: nothing the program started may outlive the run.
        await KillGroupAsync(process).ConfigureAwait(false);
        if (!await CompletesWithinAsync(pumps, Grace).ConfigureAwait(false))
        {
            await pumpStop.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(pumps, feed).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new SandboxResult(
            process.HasExited ? process.ExitCode : -1,
            stopped && !budget.Exceeded,
            stdout.Text,
            stderr.Text,
            isolated,
            Stopwatch.GetElapsedTime(started))
        {
            OutputLimitExceeded = budget.Exceeded,
            ReachedEnd = marker is null ? null : stdout.MarkerSeen,
        };
    }

    private static async Task FeedAsync(Process process, string? stdin)
    {
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(stdin)).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited (or was killed) without reading all of its input.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static async Task<bool> CompletesWithinAsync(Task task, TimeSpan limit)
    {
        var finished = await Task.WhenAny(task, Task.Delay(limit)).ConfigureAwait(false);
        return finished == task;
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

        if (!process.HasExited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            using var grace = new CancellationTokenSource(Grace);
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Exit code reported as unknown.
            }
        }
    }
}
