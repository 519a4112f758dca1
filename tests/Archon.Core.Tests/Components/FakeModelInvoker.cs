using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components;

/// <summary>A hand-written <see cref="IModelInvoker"/>: replies come from a settable callback; every request is recorded.</summary>
internal sealed class FakeModelInvoker : IModelInvoker
{
    private readonly Lock _gate = new();
    private readonly List<ModelCallRequest> _requests = [];

    public FakeModelInvoker(Func<ModelCallRequest, string> reply)
    {
        OnCall = (request, _) => Task.FromResult(new ModelCallResult(reply(request), Simulated: false));
    }

    public FakeModelInvoker(Func<ModelCallRequest, CancellationToken, Task<ModelCallResult>> onCall)
    {
        OnCall = onCall;
    }

    /// <summary>Produces the result of each call.</summary>
    public Func<ModelCallRequest, CancellationToken, Task<ModelCallResult>> OnCall { get; set; }

    /// <summary>A snapshot of the requests made so far, in arrival order.</summary>
    public IReadOnlyList<ModelCallRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public Task<ModelCallResult> CallAsync(ModelCallRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        return OnCall(request, cancellationToken);
    }
}
