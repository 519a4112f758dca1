namespace Archon.Benchmarks.Sandbox;

/// <summary>One program run: the files of its working directory, the command, its input and per-run limits.</summary>
internal sealed record SandboxRequest
{
    /// <summary>Files written to the working directory (plain names, no folders) before the command starts.</summary>
    public required IReadOnlyDictionary<string, byte[]> Files { get; init; }

    /// <summary>The command and its arguments, run in the working directory.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Text fed to standard input (then closed); null closes it at once.</summary>
    public string? Stdin { get; init; }

    /// <summary>Variables added to the sandbox's minimal environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Host paths the command needs read-only besides <c>/usr</c> (e.g. a .NET install elsewhere).</summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>
    /// When true, a fresh marker is written to <see cref="SandboxScripts.MarkerFile"/> and the run passes only if a line
    /// of standard output ends with it (the harness writes it after the last test).
    /// </summary>
    public bool RequireCompletionMarker { get; init; }

    /// <summary>Wall-clock limit of this run; null takes <see cref="SandboxOptions.Timeout"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Address-space limit of this run; null takes <see cref="SandboxOptions.MemoryBytes"/>.</summary>
    public long? AddressSpaceBytes { get; init; }

    /// <summary>Process limit of this run; null takes <see cref="SandboxOptions.MaxProcesses"/>.</summary>
    public int? MaxProcesses { get; init; }

    /// <summary>Output budget of this run; null takes <see cref="SandboxOptions.MaxOutputBytes"/>.</summary>
    public long? MaxOutputBytes { get; init; }
}
