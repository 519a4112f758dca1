using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Archon.Service.Tests.Support;

/// <summary>`archon serve` as a real child process on a free loopback port, over the test's Azurite.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    /// <summary>Every line the process printed so far (standard output and error).</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static async Task<ServeProcess> StartAsync(AzuriteFixture azurite, IDictionary<string, string> settings, params string[] args)
    {
        var port = FreePort();
        var info = StartInfo(azurite, settings, port, args);
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => serve.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await serve.Client.GetAsync("/api/health")).IsSuccessStatusCode)
                {
                    return serve;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (process.HasExited || started.Elapsed > TimeSpan.FromSeconds(60))
            {
                await serve.DisposeAsync();
                throw new InvalidOperationException($"archon serve did not become healthy (exited: {process.HasExited})");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Runs <c>archon serve</c> expecting it to stop by itself (e.g. refused settings); returns its exit code and all it printed.</summary>
    public static async Task<(int Exit, string Output)> RunToExitAsync(
        AzuriteFixture azurite, IDictionary<string, string> settings, TimeSpan timeout, params string[] args)
    {
        var info = StartInfo(azurite, settings, FreePort(), args);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"archon serve did not stop within {timeout.TotalSeconds} s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>SIGKILL: no shutdown, no cleanup — as if the machine died.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    private static ProcessStartInfo StartInfo(AzuriteFixture azurite, IDictionary<string, string> settings, int port, string[] args)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!)!;
        var dll = Path.Combine(AzuriteFixture.RepoRoot, "src", "Archon.Cli", "bin", configuration, "net10.0", "archon.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build src/Archon.Cli ({configuration}) first");
        }

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "serve", "--urls", $"http://127.0.0.1:{port}" }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in settings)
        {
            info.Environment[k] = v;
        }

        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
