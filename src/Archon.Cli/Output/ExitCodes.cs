namespace Archon.Cli.Output;

/// <summary>The exit codes every <c>archon</c> command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input (config, catalog, messages file, …) is invalid or a run failed because of it.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (missing or conflicting arguments, malformed option values).</summary>
    public const int Usage = 2;

    /// <summary>
    /// The query failed: a component that is not <c>optional</c> produced nothing because its model calls failed after
    /// their retries (an endpoint down, a key refused, a request the server rejects).
    /// </summary>
    public const int QueryFailed = 3;
}
