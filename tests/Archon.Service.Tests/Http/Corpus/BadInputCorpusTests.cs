using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Xunit.Abstractions;

namespace Archon.Service.Tests.Http.Corpus;

/// <summary>
/// Sends the whole bad-input corpus to the real app (simulated models, Azurite): no request may get a 5xx or an empty
/// body; errors are JSON (OpenAI's shape under <c>/api/v1</c>, problem details elsewhere) and quote no long value of the
/// request whole; bodies that are no valid request are 400s; unknown routes are 404s.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BadInputCorpusTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Send_EveryCorpusCase_NeverAnswers5xxOrAnEmptyBody()
    {
        await using var host = await TestHost.StartAsync(azurite, simulated: true);
        (await host.Client.PutAsJsonAsync($"/api/architectures/{BadInputCorpus.Architecture}", TestArchitectures.OneCall(BadInputCorpus.Architecture)))
            .EnsureSuccessStatusCode();
        var cases = BadInputCorpus.All();
        var problems = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
        {
            var (status, problem) = await SendAsync(host.Client, c, ct);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (problem is not null)
            {
                problems.Add($"{c} → {status}: {problem}");
            }
        });

        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        output.WriteLine($"{cases.Count} cases; {serverErrors} answered 5xx; by status: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(cases.Count >= 500, $"the corpus holds only {cases.Count} cases");
        Assert.True(problems.IsEmpty, $"{problems.Count} of {cases.Count} cases answered wrongly:\n" + string.Join("\n", problems.Order().Take(60)));
    }

    /// <summary>Sends one case; returns the status and what is wrong with the answer, or null when it is right.</summary>
    private static async Task<(int Status, string? Problem)> SendAsync(HttpClient client, BadInputCase c, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(c.Method, c.Path);
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            request.Content.Headers.ContentType = null;
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            }
        }

        using var response = await client.SendAsync(request, ct);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        var media = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        return (status, Judge(c, status, text, media));
    }

    private static string? Judge(BadInputCase c, int status, string text, string media)
    {
        if (status >= 500)
        {
            return $"a server error: {Shorten(text)}";
        }

        if (text.Length == 0)
        {
            return c.BodyOptional && (!c.MustBe400 || status == 400) ? null : "an empty body";
        }

        if (c.MustBe400 && status != 400)
        {
            return $"not a 400: {Shorten(text)}";
        }

        if (c.MustBe is { } expected && status != expected)
        {
            return $"expected {expected}: {Shorten(text)}";
        }

        if (status < 400)
        {
            return media is "application/json" or "text/event-stream" ? null : $"a success as {media}";
        }

        // The corpus's long values (a 20,000-character string, a 5,000-character path) must come back clipped if at all.
        if (text.Contains(new string('x', 1_000), StringComparison.Ordinal))
        {
            return $"an error repeating a long value of the request whole ({text.Length:N0} characters): {Shorten(text)}";
        }

        return ErrorShape(c, text);
    }

    private static string? ErrorShape(BadInputCase c, string text)
    {
        JsonElement error;
        try
        {
            using var doc = JsonDocument.Parse(text);
            error = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return $"an error that is not JSON: {Shorten(text)}";
        }

        if (c.OpenAiShape)
        {
            return error.TryGetProperty("error", out var e) && e.TryGetProperty("message", out var m) && m.GetString() is { Length: > 0 }
                ? null
                : $"not OpenAI's error shape: {Shorten(text)}";
        }

        return error.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } ? null : $"not problem details: {Shorten(text)}";
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
