using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Archon.Functions.Functions;

/// <summary><c>GET /api/architectures</c>, <c>GET</c> and <c>PUT /api/architectures/{name}</c> (<see cref="ArchitectureApi"/>).</summary>
internal sealed class ArchitectureFunctions(ArchitectureApi api)
{
    [Function("Architectures")]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Function, "get", Route = "architectures")] HttpRequest request) =>
        await HttpResultAction.RunAsync(request, ct => api.ListAsync(ct));

    [Function("Architecture")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "architectures/{name}")] HttpRequest request, string name) =>
        await HttpResultAction.RunAsync(request, ct => api.GetAsync(name, ct));

    [Function("SaveArchitecture")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "architectures/{name}")] HttpRequest request, string name) =>
        await HttpResultAction.RunAsync(request, ct => api.PutAsync(name, request, ct));
}
