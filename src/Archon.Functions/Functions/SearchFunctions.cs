using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary><c>POST /api/searches</c>, <c>GET</c> and <c>DELETE /api/searches/{id}</c> (<see cref="SearchApi"/>).</summary>
internal sealed class SearchFunctions(SearchApi api)
{
    [Function("Searches")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "searches")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.PostAsync(request, client, request.HttpContext.RequestAborted));

    [Function("SearchStatus")]
    public async Task<IActionResult> Status(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "searches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.GetAsync(id, client, request.HttpContext.RequestAborted));

    [Function("CancelSearch")]
    public async Task<IActionResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "searches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.DeleteAsync(id, client, request.HttpContext.RequestAborted));
}
