using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;

namespace Archon.Perf;

/// <summary>
/// engine-throughput: with 0 ms simulated latency, queries run one after another with the process pinned to one CPU
/// (where the OS allows it) through the full pipeline (runner, built-in components, model client pipeline, simulated
/// model). Targets: ≥ 5,000 model calls per second of that core, and a flat GC heap from 1,000 to 10,000 queries.
/// Calls per CPU-second of the process are the figure (wall-clock rates swing with other load on a shared machine);
/// the wall-clock rate is printed beside it. The response cache is off (capacity 0) unless a capacity is given as the
/// second argument: with it on, every unique prompt adds an entry until the cache's bound, which is growth by design.
/// Arguments: [queries = 10000] [cache capacity = 0] [memory checkpoint = queries / 10].
/// A second run with instant bare clients shows the engine's and components' own share.
/// </summary>
internal sealed class EngineThroughputScenario : IPerfScenario
{
    private const double TargetCallsPerSecond = 5_000;
    private const double TargetMemoryRatio = 1.25;

    public string Name => "engine-throughput";

    public string Description => "0 ms sim latency, one core: ≥ 5,000 model calls/s; memory flat from 1k to 10k queries";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var queries = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var cacheCapacity = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var checkpoint = args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Math.Max(1, queries / 10);
        var restoreAffinity = PinToOneCore();
        try
        {
            var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0, CacheCapacity = cacheCapacity });
            var full = await MeasureAsync(setup.Resolver, queries, checkpoint, cancellationToken);
            var engineOnly = await MeasureAsync(new EngineInstantModels(), queries, checkpoint, cancellationToken);

            var speedMet = full.CallsPerCpuSecond >= TargetCallsPerSecond;
            var heapRatio = (double)full.HeapEnd / full.HeapCheckpoint;
            var memoryMet = heapRatio <= TargetMemoryRatio;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  cpus                    {(restoreAffinity is null ? $"{Environment.ProcessorCount} (affinity not set)" : "pinned to 1")}; response cache capacity {cacheCapacity}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  queries / calls         {queries} / {full.Calls}: {full.Wall.TotalMilliseconds:0} ms wall, {full.Cpu.TotalMilliseconds:0} ms CPU"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  calls per CPU-second    {full.CallsPerCpuSecond:0} (target ≥ {TargetCallsPerSecond:0}) {(speedMet ? "MET" : "MISSED")}; ratio {full.CallsPerCpuSecond / TargetCallsPerSecond:0.00}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  calls per wall-second   {full.CallsPerWallSecond:0} (machine load average {LoadAverage()})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC heap MB              {Mb(full.HeapCheckpoint):0.00} at {full.Checkpoint} → {Mb(full.HeapEnd):0.00} at {queries}; ratio {heapRatio:0.000} (target ≤ {TargetMemoryRatio:0.00}) {(memoryMet ? "MET" : "MISSED")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  working set MB          {Mb(full.WorkingSetCheckpoint):0.0} at {full.Checkpoint} → {Mb(full.WorkingSetEnd):0.0} at {queries}; ratio {(double)full.WorkingSetEnd / full.WorkingSetCheckpoint:0.000}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  engine + components     {engineOnly.CallsPerCpuSecond:0} calls per CPU-second with instant bare clients ({1e6 / engineOnly.CallsPerCpuSecond:0.0} µs/call of {1e6 / full.CallsPerCpuSecond:0.0} µs/call in the full pipeline)"));
            return speedMet && memoryMet;
        }
        finally
        {
            restoreAffinity?.Invoke();
        }
    }

    private static async Task<Measurement> MeasureAsync(IModelResolver resolver, int queries, int checkpoint, CancellationToken cancellationToken)
    {
        var runner = new ArchitectureRunner(resolver, BuiltInComponents.CreateRegistry());
        var architecture = EngineArchitectures.SamplesAndFuser();
        var questions = SyntheticTasks.Generate(500, seed: 11).Select(t => t.Question).ToArray();

        // Warm-up outside the measurement.
        for (var i = 0; i < 200; i++)
        {
            await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, questions[i % questions.Length] + " (warm-up)")], cancellationToken: cancellationToken);
        }

        long calls = 0;
        (long Heap, long WorkingSet) atCheckpoint = default;
        var paused = TimeSpan.Zero;
        var pausedCpu = TimeSpan.Zero;
        var cpuStart = CpuTime();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 1; i <= queries; i++)
        {
            // The index makes each question unique, so no cache can answer for the models.
            var question = string.Create(CultureInfo.InvariantCulture, $"{questions[i % questions.Length]} (#{i})");
            var result = await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, question)], cancellationToken: cancellationToken);
            calls += result.Trace.Totals.Calls;
            if (i == checkpoint)
            {
                var pause = Stopwatch.StartNew();
                var cpuPause = CpuTime();
                atCheckpoint = Memory();
                paused += pause.Elapsed;
                pausedCpu += CpuTime() - cpuPause;
            }
        }

        var wall = stopwatch.Elapsed - paused;
        var cpu = CpuTime() - cpuStart - pausedCpu;
        var end = Memory();
        return new Measurement(calls, wall, cpu, checkpoint, atCheckpoint.Heap, end.Heap, atCheckpoint.WorkingSet, end.WorkingSet);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static Action? PinToOneCore()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            return null;
        }

        var previous = SetAffinity(1);
        return () =>
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                SetAffinity(previous);
            }
        };
    }

    [SupportedOSPlatform("linux")]
    [SupportedOSPlatform("windows")]
    private static nint SetAffinity(nint mask)
    {
        using var process = Process.GetCurrentProcess();
        var previous = process.ProcessorAffinity;
        process.ProcessorAffinity = mask;
        return previous;
    }

    private sealed record Measurement(
        long Calls, TimeSpan Wall, TimeSpan Cpu, int Checkpoint, long HeapCheckpoint, long HeapEnd, long WorkingSetCheckpoint, long WorkingSetEnd)
    {
        public double CallsPerCpuSecond => Calls / Cpu.TotalSeconds;

        public double CallsPerWallSecond => Calls / Wall.TotalSeconds;
    }
}
