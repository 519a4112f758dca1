using Spectre.Console;

namespace Archon.Cli.Output;

/// <summary>A Spectre console that writes plain text (no colours, no ANSI) to any writer, so output can be captured and piped.</summary>
internal static class PlainConsole
{
    public static IAnsiConsole Create(TextWriter writer, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
