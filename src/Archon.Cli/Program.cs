using System.CommandLine;
using Archon.Cli.Commands;
using Archon.Cli.Output;

var root = new RootCommand("Archon: inference-time architectures over many LLM calls, benchmarks and architecture search.");
foreach (var type in typeof(ICliCommand).Assembly.GetTypes()
             .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
             .OrderBy(t => t.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(((ICliCommand)Activator.CreateInstance(type)!).Build());
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A wrong command line is a usage error (exit 2), like the commands' own argument checks.
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    await Console.Error.WriteLineAsync($"Run 'archon {parsed.CommandResult.Command.Name} --help' for usage.".Replace("archon archon", "archon", StringComparison.Ordinal));
    return ExitCodes.Usage;
}

return await parsed.InvokeAsync();
