namespace Archon.Service.Tests.Support;

/// <summary>Waits for a condition, failing the test with a message when it does not hold in time.</summary>
internal static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow - started > timeout)
            {
                throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last value: {value}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Polls <c>GET {path}</c> (a benchmark run or a search) until its status is completed or failed.</summary>
    public static Task<System.Text.Json.JsonElement> FinishedAsync(HttpClient client, string path, int timeoutSeconds = 60) =>
        UntilAsync(
            () => System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, path),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(timeoutSeconds),
            $"{path} finishing");
}
