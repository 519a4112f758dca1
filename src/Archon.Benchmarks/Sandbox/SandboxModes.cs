namespace Archon.Benchmarks.Sandbox;

/// <summary>The names of the sandbox's isolation modes as results and summaries record them.</summary>
public static class SandboxModes
{
    /// <summary>Private root in fresh user, mount, PID and network namespaces.</summary>
    public const string Namespaces = "namespaces";

    /// <summary>Limits, a minimal environment and a process group only.</summary>
    public const string LimitsOnly = "limits-only";

    /// <summary>What a summary says when any item's code ran in the weaker mode.</summary>
    public const string LimitsOnlyNote =
        "code ran WITHOUT namespace isolation (limits only): the network, world-readable files and /tmp were reachable "
        + "and total disk use was not limited";

    /// <summary>The mode name for a run that was (or was not) isolated.</summary>
    public static string Of(bool isolated) => isolated ? Namespaces : LimitsOnly;
}
