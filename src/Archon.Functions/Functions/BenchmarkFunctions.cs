using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary><c>POST /api/benchmarks</c>, <c>GET</c> and <c>DELETE /api/benchmarks/{id}</c> (<see cref="BenchmarkApi"/>).</summary>
internal sealed class BenchmarkFunctions(BenchmarkApi api)
{
    [Function("Benchmarks")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "benchmarks")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.PostAsync(request, client, request.HttpContext.RequestAborted));

    [Function("BenchmarkStatus")]
    public async Task<IActionResult> Status(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "benchmarks/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.GetAsync(id, client, request.HttpContext.RequestAborted));

    [Function("CancelBenchmark")]
    public async Task<IActionResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "benchmarks/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        new HttpResultAction(await api.DeleteAsync(id, client, request.HttpContext.RequestAborted));
}
