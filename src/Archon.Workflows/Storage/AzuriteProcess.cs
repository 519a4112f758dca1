using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Archon.Workflows.Storage;

/// <summary>
/// The project-local Azurite (<c>.tools/azurite</c>, installed by <c>scripts/install-azurite</c>) started on free
/// loopback ports, in memory or in a folder; stopped (with its children) on dispose.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    /// <summary>The table service's port (the Durable Task backend keeps orchestration history and instances in tables).</summary>
    public int TablePort { get; }

    /// <summary>Connection string for the emulator's well-known development account (not a secret).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>The repository root (the folder holding <c>Archon.Functions.sln</c>) above <paramref name="start"/>, or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Starts Azurite, installing it first when missing; throws with a clear message when it cannot.</summary>
    public static async Task<AzuriteProcess> StartAsync(string repoRoot, string? location, CancellationToken cancellationToken)
    {
        var exe = Path.Combine(repoRoot, ".tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(exe))
        {
            await InstallAsync(repoRoot, cancellationToken).ConfigureAwait(false);
        }

        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var info = new ProcessStartInfo(exe)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1",
                     "--tableHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(a);
        }

        if (location is null)
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(location);
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(location);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {exe}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, blob, queue, table);
        var deadline = Stopwatch.StartNew();
        while (!(await CanConnectAsync(blob).ConfigureAwait(false) && await CanConnectAsync(queue).ConfigureAwait(false)
                 && await CanConnectAsync(table).ConfigureAwait(false)))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite ({exe}) did not start listening on 127.0.0.1:{blob}/{queue}/{table} within 90 s");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    private static async Task InstallAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repoRoot, "scripts", "install-azurite");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed and {script} is missing: run `npm install --prefix .tools/azurite azurite@3.37.0`");
        }

        using var install = Process.Start(new ProcessStartInfo(script) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"could not run {script}");
        await install.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed (exit {install.ExitCode}); Azurite needs node and npm with access to the npm registry");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> CanConnectAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
