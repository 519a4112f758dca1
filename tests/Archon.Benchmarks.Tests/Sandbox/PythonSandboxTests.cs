using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Tests.Sandbox;

public class PythonSandboxTests
{
    private static readonly SandboxOptions Fast = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task RunAsync_PassingProgram_ExitsZeroWithOutput()
    {
        var result = await new PythonSandbox(Fast).RunAsync("print(6 * 7)");

        Assert.True(result.Passed, result.Stderr);
        Assert.Equal("42\n", result.Stdout);
    }

    [Fact]
    public async Task RunAsync_FailingAssert_NotPassedWithTraceback()
    {
        var result = await new PythonSandbox(Fast).RunAsync("assert 1 == 2, 'boom'");

        Assert.False(result.Passed);
        Assert.Contains("AssertionError: boom", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InfiniteLoop_KilledAtTimeLimit()
    {
        var sandbox = new PythonSandbox(Fast with { Timeout = TimeSpan.FromSeconds(1.5) });

        var result = await sandbox.RunAsync("while True:\n    pass\n");

        Assert.True(result.TimedOut);
        Assert.False(result.Passed);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(8), $"took {result.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_ChildSleepingForever_WholeGroupKilled()
    {
        var marker = $"archon-sbx-orphan-{Guid.NewGuid():N}";
        var program = $"import subprocess, time\nsubprocess.Popen(['python3', '-c', 'import time; time.sleep(300)', '{marker}'])\ntime.sleep(300)\n";
        var result = await new PythonSandbox(Fast with { Timeout = TimeSpan.FromSeconds(2) }).RunAsync(program);

        Assert.True(result.TimedOut);
        await Task.Delay(500);
        Assert.False(ProcessWithArgumentExists(marker), "a child of the sandboxed program survived the kill");
    }

    [Fact]
    public async Task RunAsync_ForkBomb_Contained()
    {
        var program = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
        var result = await new PythonSandbox(Fast with { Timeout = TimeSpan.FromSeconds(3), MaxProcesses = 16 }).RunAsync(program);

        Assert.False(result.Passed);

        // The machine still forks: a fresh process starts and finishes normally right after.
        var after = await new PythonSandbox(Fast).RunAsync("print('alive')");
        Assert.True(after.Passed, after.Stderr);
    }

    [Fact]
    public async Task RunAsync_WriteOutsideTempDir_Fails()
    {
        var target = Path.Combine(Path.GetTempPath(), $"archon-escape-{Guid.NewGuid():N}.txt");
        var program = $"open('inside.txt', 'w').write('ok')\nopen({Quote(target)}, 'w').write('escaped')\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        var escaped = File.Exists(target);
        if (escaped)
        {
            File.Delete(target);
        }

        if (!PythonSandbox.NamespacesAvailable && Path.GetTempPath().StartsWith("/tmp", StringComparison.Ordinal))
        {
            // Limits-only mode cannot protect world-writable directories such as /tmp (documented); a root-owned
            // path must still be protected because the code runs as nobody.
            var rootOwned = Path.Combine(AppContext.BaseDirectory, $"escape-{Guid.NewGuid():N}.txt");
            var second = await new PythonSandbox(Fast).RunAsync($"open({Quote(rootOwned)}, 'w').write('x')\n");
            Assert.False(second.Passed);
            Assert.False(File.Exists(rootOwned));
            return;
        }

        Assert.False(escaped, "the sandboxed program wrote outside its temp dir");
        Assert.False(result.Passed);
        Assert.Contains("Error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NetworkAttempt_FailsWhereNamespacesArePermitted()
    {
        if (!PythonSandbox.NamespacesAvailable)
        {
            // Without a network namespace the OS gives no network isolation; nothing to assert (documented).
            return;
        }

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var program = $"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)\nprint('connected')\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        Assert.False(result.Passed);
        Assert.DoesNotContain("connected", result.Stdout, StringComparison.Ordinal);
        Assert.True(result.Isolated);
    }

    [Fact]
    public async Task RunAsync_MemoryHog_FailsWithMemoryError()
    {
        var result = await new PythonSandbox(Fast with { MemoryBytes = 256L * 1024 * 1024 }).RunAsync("x = bytearray(1024 * 1024 * 1024)\n");

        Assert.False(result.Passed);
        Assert.Contains("MemoryError", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LimitsOnlyMode_LoopKilledForkBombContainedRootPathsProtected()
    {
        var limitsOnly = Fast with { Isolation = SandboxIsolation.LimitsOnly, Timeout = TimeSpan.FromSeconds(2), MaxProcesses = 16 };
        var sandbox = new PythonSandbox(limitsOnly);

        var loop = await sandbox.RunAsync("while True:\n    pass\n");
        var bomb = await sandbox.RunAsync("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n");
        var rootOwned = Path.Combine(AppContext.BaseDirectory, $"escape-{Guid.NewGuid():N}.txt");
        var write = await sandbox.RunAsync($"open({Quote(rootOwned)}, 'w').write('x')\n");
        var ok = await sandbox.RunAsync("open('inside.txt', 'w').write('ok')\nprint(open('inside.txt').read())\n");

        Assert.False(loop.Isolated);
        Assert.True(loop.TimedOut);
        Assert.False(bomb.Passed);
        Assert.False(write.Passed);
        Assert.False(File.Exists(rootOwned));
        Assert.True(ok.Passed, ok.Stderr);
        Assert.Equal("ok\n", ok.Stdout);
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static bool ProcessWithArgumentExists(string marker)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmdline.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return false;
    }
}
