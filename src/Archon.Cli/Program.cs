using System.CommandLine;
using Archon.Cli.Commands;

var root = new RootCommand("Archon: inference-time architectures over many LLM calls, benchmarks and architecture search.");
foreach (var type in typeof(ICliCommand).Assembly.GetTypes()
             .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(((ICliCommand)Activator.CreateInstance(type)!).Build());
}

return await root.Parse(args).InvokeAsync();
