using System.Reflection;
using Archon.Perf;

// Scenarios are discovered by reflection so each lives in its own file.
var scenarios = typeof(IPerfScenario).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPerfScenario).IsAssignableFrom(t))
    .Select(t => (IPerfScenario)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: dotnet run -c Release --project benchmarks/Archon.Perf -- <scenario|all> [args]");
    foreach (var s in scenarios)
    {
        Console.WriteLine($"  {s.Name,-24} {s.Description}");
    }
    return 0;
}

var selected = args[0] == "all" ? scenarios : scenarios.Where(s => s.Name == args[0]).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"unknown scenario '{args[0]}'; run with --help to list them");
    return 2;
}

var allMet = true;
foreach (var scenario in selected)
{
    Console.WriteLine($"== {scenario.Name}: {scenario.Description}");
    allMet &= await scenario.RunAsync(args.Skip(1).ToList(), CancellationToken.None);
}
return allMet ? 0 : 1;
