namespace Archon.Perf;

/// <summary>How <see cref="FaultInjectingChatServer"/> treats one request.</summary>
internal enum FaultKind
{
    /// <summary>Answered normally (HTTP 200 with <c>usage</c>): billed.</summary>
    None,

    /// <summary>HTTP 429 with a short <c>Retry-After</c>: not billed.</summary>
    TooManyRequests,

    /// <summary>HTTP 500 without a retry hint (the client backs off on its own): not billed.</summary>
    InternalError,

    /// <summary>HTTP 503 with a short <c>retry-after-ms</c>: not billed.</summary>
    Unavailable,

    /// <summary>
    /// The server stalls past the client's attempt timeout. The prompt had been read, so the provider bills its prompt
    /// tokens; generation stops when the client disconnects, so nothing more. Should the stall end before the client
    /// gives up, the reply is sent and billed in full like any answer.
    /// </summary>
    Timeout,
}
