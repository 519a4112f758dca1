using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Archon.Functions.Functions;

/// <summary>
/// <c>POST /api/v1/chat/completions</c> and <c>GET /api/v1/models</c> (<see cref="ChatCompletionApi"/>). The completion
/// handler writes the response itself, so streamed chunks flush as the final model call produces them.
/// </summary>
internal sealed class ChatCompletionFunctions(ChatCompletionApi api)
{
    [Function("ChatCompletions")]
    public IActionResult ChatCompletions([HttpTrigger(AuthorizationLevel.Function, "post", Route = "v1/chat/completions")] HttpRequest request) =>
        new HttpResultAction(api.PostAsync);

    [Function("Models")]
    public async Task<IActionResult> Models([HttpTrigger(AuthorizationLevel.Function, "get", Route = "v1/models")] HttpRequest request) =>
        await HttpResultAction.RunAsync(request, ct => api.ModelsAsync(ct));
}
