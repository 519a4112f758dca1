using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Tests.Sandbox;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class PythonSandboxTests
{
    private const string ForkBomb = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";
    private static readonly SandboxOptions Fast = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task RunAsync_PassingProgram_ExitsZeroWithOutputWithoutMarker()
    {
        var result = await new PythonSandbox(Fast).RunAsync("print(6 * 7)");

        Assert.True(result.Passed, result.Stderr);
        Assert.True(result.ReachedEnd);
        Assert.Equal("42\n", result.Stdout);
    }

    [Fact]
    public async Task RunAsync_OutputWithoutTrailingNewline_KeptAndMarkerStillFound()
    {
        var result = await new PythonSandbox(Fast).RunAsync("import sys\nsys.stdout.write('no newline')\n");

        Assert.True(result.Passed, result.Stderr);
        Assert.Equal("no newline", result.Stdout);
    }

    [Fact]
    public async Task RunAsync_FailingAssert_NotPassedWithTraceback()
    {
        var result = await new PythonSandbox(Fast).RunAsync("assert 1 == 2, 'boom'");

        Assert.False(result.Passed);
        Assert.Contains("AssertionError: boom", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import sys\nsys.exit(0)\n")]
    [InlineData("import os\nos._exit(0)\n")]
    [InlineData("exit()\n")]
    [InlineData("raise SystemExit\n")]
    public async Task RunAsync_ExitZeroBeforeTheTests_NotPassed(string earlyExit)
    {
        var program = earlyExit + "assert False, 'the tests never ran'\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        Assert.Equal(0, result.ExitCode);
        Assert.False(result.ReachedEnd);
        Assert.False(result.Passed);
        Assert.Contains("early exit", SandboxFailure.Describe(result, Fast), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MarkerFile_GoneBeforeTheProgramStarts()
    {
        var program = "import os, sys\nprint(sorted(os.listdir('.')))\nprint(open('/proc/self/cmdline').read())\nprint(sorted(os.environ))\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        Assert.True(result.Passed, result.Stderr);
        Assert.DoesNotContain(SandboxScripts.MarkerFile, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("'harness.py', 'program.py'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParentEnvironment_NotPassedToTheProgram()
    {
        const string Name = "ARCHON_SANDBOX_TEST_SECRET";
        Environment.SetEnvironmentVariable(Name, "s3cr3t-value");
        try
        {
            var result = await new PythonSandbox(Fast).RunAsync("import os\nprint(sorted(os.environ))\nprint(os.environ.get('ARCHON_SANDBOX_TEST_SECRET'))\n");

            Assert.True(result.Passed, result.Stderr);
            Assert.DoesNotContain("s3cr3t-value", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("None", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Name, null);
        }
    }

    [Fact]
    public async Task RunAsync_InfiniteLoop_KilledAtTimeLimit()
    {
        var options = Fast with { Timeout = TimeSpan.FromSeconds(1.5) };

        var result = await new PythonSandbox(options).RunAsync("while True:\n    pass\n");

        Assert.True(result.TimedOut);
        Assert.False(result.Passed);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(8), $"took {result.Elapsed}");
        Assert.StartsWith("time limit exceeded", SandboxFailure.Describe(result, options), StringComparison.Ordinal);
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
    public async Task RunAsync_BackgroundChildAfterNormalExit_KilledWithTheRun()
    {
        var marker = $"archon-sbx-daemon-{Guid.NewGuid():N}";
        var program = $"import subprocess\nsubprocess.Popen(['python3', '-c', 'import os, time; os.setsid(); time.sleep(300)', '{marker}'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nprint('done')\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        Assert.True(result.Passed, result.Stderr);
        await Task.Delay(500);
        Assert.False(ProcessWithArgumentExists(marker) && result.Isolated, "a detached child outlived an isolated run");
    }

    [Fact]
    public async Task RunAsync_TwoHundredForks_StopAtTheProcessLimit()
    {
        var options = Fast with { MaxProcesses = 16 };
        var program = "import os, time\nok = 0\nfor _ in range(200):\n    try:\n        if os.fork() == 0:\n            time.sleep(3)\n            os._exit(0)\n        ok += 1\n    except OSError:\n        pass\nprint(ok)\n";

        var result = await new PythonSandbox(options).RunAsync(program);

        Assert.True(result.Passed, result.Stderr);
        var forks = int.Parse(result.Stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(forks, 1, 15);
    }

    [Fact]
    public async Task RunAsync_ForkBomb_ContainedAndTheMachineStillForks()
    {
        var result = await new PythonSandbox(Fast with { Timeout = TimeSpan.FromSeconds(3), MaxProcesses = 16 }).RunAsync(ForkBomb);

        Assert.False(result.Passed);

        var after = await new PythonSandbox(Fast).RunAsync("print('alive')");
        Assert.True(after.Passed, after.Stderr);
    }

    [Fact]
    public async Task RunAsync_ManyTempFiles_StoppedAtTheDiskLimitWhereIsolated()
    {
        var options = Fast with { MaxDiskBytes = 32L * 1024 * 1024, MaxFileBytes = 16L * 1024 * 1024 };
        var program = "import sys\ntotal = 0\ntry:\n    for k in range(64):\n        with open(f'/tmp/f{k}', 'wb') as f:\n            for _ in range(10):\n                f.write(b'x' * (1 << 20))\n                f.flush()\n                total += 1\nfinally:\n    print(total, file=sys.stderr)\n";

        var result = await new PythonSandbox(options).RunAsync(program);

        if (!result.Isolated)
        {
            // Limits-only mode does not bound total disk use (documented); each file still stops at 16 MiB.
            return;
        }

        Assert.False(result.Passed);
        var written = int.Parse(result.Stderr.Trim().Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(written, 1, 32);
        Assert.StartsWith("disk limit reached (32 MiB in total)", SandboxFailure.Describe(result, options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OneHugeFile_StoppedAtTheFileSizeLimit()
    {
        var options = Fast with { MaxFileBytes = 2L * 1024 * 1024 };

        var result = await new PythonSandbox(options).RunAsync("open('big', 'wb').write(b'x' * (8 << 20))\n");

        Assert.False(result.Passed);
        Assert.StartsWith("file size limit reached (2 MiB per file)", SandboxFailure.Describe(result, options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("while True:\n    print('x' * 1000)\n")]
    [InlineData("import sys\nwhile True:\n    sys.stdout.write('y' * 100000)\n")]
    [InlineData("import sys\nwhile True:\n    sys.stderr.write('z' * 100000)\n")]
    public async Task RunAsync_OutputFlood_KilledAtTheOutputLimit(string program)
    {
        var options = Fast with { Timeout = TimeSpan.FromSeconds(20), MaxOutputBytes = 64 * 1024 };

        var result = await new PythonSandbox(options).RunAsync(program);

        Assert.True(result.OutputLimitExceeded);
        Assert.False(result.TimedOut);
        Assert.False(result.Passed);
        Assert.True(result.Stdout.Length <= 64 * 1024 + 100, $"kept {result.Stdout.Length} characters");
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(15), $"took {result.Elapsed}");
        Assert.StartsWith("output limit exceeded", SandboxFailure.Describe(result, options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HostFiles_NotVisibleWhereIsolated()
    {
        var secret = Path.Combine(AppContext.BaseDirectory, $"secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "top-secret-content");
        File.SetUnixFileMode(secret, (UnixFileMode)0x1A4); // world-readable: only isolation can hide it
        try
        {
            var program = $"import os\nfor p in [{Quote(secret)}, '/etc/passwd', '/etc/shadow', '/root', '/home']:\n    try:\n        print(p, open(p).read()[:40] if os.path.isfile(p) else os.listdir(p))\n    except OSError as e:\n        print(p, type(e).__name__)\n";

            var result = await new PythonSandbox(Fast).RunAsync(program);

            Assert.True(result.Passed, result.Stderr);
            Assert.DoesNotContain("top-secret-content", result.Stdout, StringComparison.Ordinal);
            if (result.Isolated)
            {
                Assert.Contains($"{secret} FileNotFoundError", result.Stdout, StringComparison.Ordinal);
                Assert.Contains("/etc/passwd FileNotFoundError", result.Stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task RunAsync_RootOnlyFile_UnreadableInEveryMode()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return; // The sandbox drops to another user only when started as root.
        }

        var secret = Path.Combine(Path.GetTempPath(), $"archon-root-only-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "root-only-content");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            foreach (var isolation in new[] { SandboxIsolation.Auto, SandboxIsolation.LimitsOnly })
            {
                var result = await new PythonSandbox(Fast with { Isolation = isolation }).RunAsync($"print(open({Quote(secret)}).read())\n");

                Assert.False(result.Passed);
                Assert.DoesNotContain("root-only-content", result.Stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task RunAsync_WriteOutsideTheSandbox_NeverReachesTheHost()
    {
        var target = Path.Combine(Path.GetTempPath(), $"archon-escape-{Guid.NewGuid():N}.txt");
        var rootOwned = Path.Combine(AppContext.BaseDirectory, $"escape-{Guid.NewGuid():N}.txt");
        var program = $"open('inside.txt', 'w').write('ok')\ntry:\n    open({Quote(target)}, 'w').write('escaped')\nexcept OSError:\n    pass\nopen({Quote(rootOwned)}, 'w').write('x')\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        var escaped = File.Exists(target);
        if (escaped)
        {
            File.Delete(target);
        }

        Assert.False(result.Passed);
        Assert.False(File.Exists(rootOwned));
        if (result.Isolated)
        {
            // The private /tmp takes the write; the host's temp dir never sees it.
            Assert.False(escaped, "the sandboxed program wrote into the host's temp dir");
        }
    }

    [Fact]
    public async Task RunAsync_NetworkAttempt_FailsWhereIsolated()
    {
        if (!PythonSandbox.NamespacesAvailable)
        {
            return; // Without a network namespace the OS gives no network isolation (documented).
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
    public async Task RunAsync_NestedUserNamespace_RefusedWhereIsolated()
    {
        if (!PythonSandbox.NamespacesAvailable)
        {
            return;
        }

        var program = "import subprocess\nr = subprocess.run(['unshare', '--user', '--map-root-user', '--mount', 'true'])\nprint('rc', r.returncode)\n";

        var result = await new PythonSandbox(Fast).RunAsync(program);

        Assert.True(result.Passed, result.Stderr);
        Assert.DoesNotContain("rc 0", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MemoryHog_FailsWithMemoryError()
    {
        var options = Fast with { MemoryBytes = 256L * 1024 * 1024 };

        var result = await new PythonSandbox(options).RunAsync("x = bytearray(1024 * 1024 * 1024)\n");

        Assert.False(result.Passed);
        Assert.Contains("MemoryError", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("memory limit reached (256 MiB)", SandboxFailure.Describe(result, options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWithInputAsync_ProgramReadsStdin_WritesItsAnswer()
    {
        var result = await new PythonSandbox(Fast).RunWithInputAsync("a, b = map(int, input().split())\nprint(a + b)\n", "3 4\n");

        Assert.True(result.Passed, result.Stderr);
        Assert.Null(result.ReachedEnd);
        Assert.Equal("7\n", result.Stdout);
    }

    [Fact]
    public async Task RunWithInputAsync_LargeInputTheProgramIgnores_DoesNotHang()
    {
        var input = new string('1', 4 * 1024 * 1024);

        var result = await new PythonSandbox(Fast).RunWithInputAsync("print('ignored')\n", input);

        Assert.True(result.Passed, result.Stderr);
        Assert.Equal("ignored\n", result.Stdout);
    }

    [Fact]
    public async Task RunAsync_LimitsOnlyMode_LoopKilledForkBombContainedWorkDirWritable()
    {
        var limitsOnly = Fast with { Isolation = SandboxIsolation.LimitsOnly, Timeout = TimeSpan.FromSeconds(2), MaxProcesses = 16 };
        var sandbox = new PythonSandbox(limitsOnly);

        var loop = await sandbox.RunAsync("while True:\n    pass\n");
        var bomb = await sandbox.RunAsync(ForkBomb);
        var ok = await sandbox.RunAsync("open('inside.txt', 'w').write('ok')\nprint(open('inside.txt').read())\n");

        Assert.False(sandbox.Isolated);
        Assert.False(loop.Isolated);
        Assert.True(loop.TimedOut);
        Assert.False(bomb.Passed);
        Assert.True(ok.Passed, ok.Stderr);
        Assert.Equal("ok\n", ok.Stdout);
    }

    [Fact]
    public void Constructor_OutOfRangeLimit_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PythonSandbox(new SandboxOptions { MaxDiskBytes = 10 }));

        Assert.Equal("MaxDiskBytes", ex.ParamName);
        Assert.Contains("at least 1 MiB", ex.Message, StringComparison.Ordinal);
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
