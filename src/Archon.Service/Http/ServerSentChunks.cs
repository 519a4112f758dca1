using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>Writes an answer as OpenAI <c>chat.completion.chunk</c> server-sent events, ending with <c>data: [DONE]</c>.</summary>
internal static class ServerSentChunks
{
    private const int WordsPerChunk = 4;

    public static async Task WriteAsync(
        HttpContext context, string id, long created, string model, string answer, string finish, object? usage, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await SendAsync(context, Chunk(id, created, model, new { role = "assistant", content = string.Empty }, null), cancellationToken).ConfigureAwait(false);
        foreach (var piece in Split(answer))
        {
            await SendAsync(context, Chunk(id, created, model, new { content = piece }, null), cancellationToken).ConfigureAwait(false);
        }

        await SendAsync(context, Chunk(id, created, model, new { }, finish), cancellationToken).ConfigureAwait(false);
        if (usage is not null)
        {
            await SendAsync(context, new { id, @object = "chat.completion.chunk", created, model, choices = Array.Empty<object>(), usage }, cancellationToken)
                .ConfigureAwait(false);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pieces of a few words each that concatenate back to exactly <paramref name="answer"/>.</summary>
    public static IEnumerable<string> Split(string answer)
    {
        var sb = new StringBuilder();
        var words = 0;
        foreach (var ch in answer)
        {
            sb.Append(ch);
            if (char.IsWhiteSpace(ch) && ++words >= WordsPerChunk)
            {
                yield return sb.ToString();
                sb.Clear();
                words = 0;
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    private static object Chunk(string id, long created, string model, object delta, string? finish) =>
        new { id, @object = "chat.completion.chunk", created, model, choices = new[] { new { index = 0, delta, finish_reason = finish } } };

    private static async Task SendAsync(HttpContext context, object chunk, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n", cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
