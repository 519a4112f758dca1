using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

/// <summary>Runs a command class in-process with captured stdout and stderr.</summary>
internal static class CommandHarness
{
    public const string SamplesThenFuser =
        """{"name":"small","layers":[[{"type":"generator","model":"sim-small","samples":3}],[{"type":"fuser","model":"sim-medium"}]]}""";

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        Func<TextWriter, TextWriter, ICliCommand> create, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = create(output, error).Build();
        var exitCode = await command.Parse(args).InvokeAsync();
        return (exitCode, output.ToString(), error.ToString());
    }
}
