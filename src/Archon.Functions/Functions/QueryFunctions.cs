using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary><c>POST /api/query</c> and <c>GET /api/query/{id}</c> (<see cref="QueryApi"/>).</summary>
internal sealed class QueryFunctions(QueryApi api)
{
    [Function("Query")]
    public async Task<IActionResult> Query(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "query")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.PostAsync(request, client, ct));

    [Function("QueryStatus")]
    public async Task<IActionResult> Status(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "query/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        await HttpResultAction.RunAsync(request, ct => api.GetAsync(id, client, ct));
}
