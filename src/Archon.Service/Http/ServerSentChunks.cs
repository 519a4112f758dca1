using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// Writes one chat completion as OpenAI <c>chat.completion.chunk</c> server-sent events: the headers and a role chunk
/// when the first text is sent, content chunks (each flushed at once), then a finish chunk, an optional usage chunk
/// and <c>data: [DONE]</c> — or, when the stream cannot be finished truthfully, an error event in OpenAI's error
/// shape followed by <c>data: [DONE]</c>.
/// </summary>
internal sealed class ServerSentChunks
{
    private const int WordsPerChunk = 4;

    private readonly HttpContext _context;
    private readonly string _id;
    private readonly long _created;
    private readonly string _model;

    public ServerSentChunks(HttpContext context, string id, long created, string model)
    {
        _context = context;
        _id = id;
        _created = created;
        _model = model;
    }

    /// <summary>True once the headers and the role chunk were sent (the status can no longer change).</summary>
    public bool Started { get; private set; }

    /// <summary>Sends one content chunk (starting the stream first if needed).</summary>
    public async Task ContentAsync(string text, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await SendAsync(Chunk(new { content = text }, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a whole answer as content chunks of a few words each.</summary>
    public async Task AnswerAsync(string answer, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        foreach (var piece in Split(answer))
        {
            await ContentAsync(piece, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the stream: the finish chunk, the usage chunk when given, and <c>[DONE]</c>.</summary>
    public async Task FinishAsync(string finish, object? usage, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await SendAsync(Chunk(new { }, finish), cancellationToken).ConfigureAwait(false);
        if (usage is not null)
        {
            await SendAsync(new { id = _id, @object = "chat.completion.chunk", created = _created, model = _model, choices = Array.Empty<object>(), usage }, cancellationToken)
                .ConfigureAwait(false);
        }

        await DoneAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the stream with an error event (<c>{"error": {"message", "type", "param", "code"}}</c>) and <c>[DONE]</c>.</summary>
    public async Task ErrorAsync(string message, string code, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await SendAsync(new { error = new { message, type = "server_error", param = (string?)null, code } }, cancellationToken).ConfigureAwait(false);
        await DoneAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Started)
        {
            return;
        }

        Started = true;
        _context.Response.StatusCode = StatusCodes.Status200OK;
        _context.Response.ContentType = "text/event-stream";
        _context.Response.Headers.CacheControl = "no-cache";
        await SendAsync(Chunk(new { role = "assistant", content = string.Empty }, null), cancellationToken).ConfigureAwait(false);
    }

    private async Task DoneAsync(CancellationToken cancellationToken)
    {
        await _context.Response.WriteAsync("data: [DONE]\n\n", cancellationToken).ConfigureAwait(false);
        await _context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private object Chunk(object delta, string? finish) =>
        new { id = _id, @object = "chat.completion.chunk", created = _created, model = _model, choices = new[] { new { index = 0, delta, finish_reason = finish } } };

    private async Task SendAsync(object chunk, CancellationToken cancellationToken)
    {
        await _context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n", cancellationToken).ConfigureAwait(false);
        await _context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
