using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Archon.Functions.Functions;

/// <summary><c>GET /api/health</c> (<see cref="HealthApi"/>).</summary>
internal sealed class HealthFunction(HealthApi api)
{
    [Function("Health")]
    public async Task<IActionResult> Health([HttpTrigger(AuthorizationLevel.Function, "get", Route = "health")] HttpRequest request) =>
        await HttpResultAction.RunAsync(request, ct => api.GetAsync(ct));
}
