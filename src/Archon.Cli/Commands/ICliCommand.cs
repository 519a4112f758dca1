using System.CommandLine;

namespace Archon.Cli.Commands;

/// <summary>
/// One top-level <c>archon</c> subcommand. Implementations are discovered by reflection, so adding a command is
/// adding a file.
/// </summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command with its options and action.</summary>
    Command Build();
}
