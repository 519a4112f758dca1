using Archon.Models.Redaction;

namespace Archon.Models.Tests.Redaction;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Redact_KnownSecret_RemovedWherever()
    {
        var redactor = new SecretRedactor();
        redactor.Add("plain-looking-value-42");

        Assert.Equal("key [redacted] and again:[redacted].", redactor.Redact("key plain-looking-value-42 and again:plain-looking-value-42."));
    }

    [Theory]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "Authorization: Bearer [redacted]")]
    [InlineData("Incorrect API key provided: sk-proj-abcdefghijklmnop1234.", "Incorrect API key provided: sk-[redacted].")]
    [InlineData("api-key: 0123456789abcdef0123", "api-key: [redacted]")]
    [InlineData("{\"api_key\":\"0123456789abcdef0123\"}", "{\"api_key\":\"[redacted]\"}")]
    public void Redact_SecretShapedValues_Removed(string text, string expected)
    {
        Assert.Equal(expected, new SecretRedactor().Redact(text));
    }

    [Theory]
    [InlineData("HTTP 400 (invalid_request_error): response_format json_schema is not supported")]
    [InlineData("The ranker's reply could not be read after 3 attempts.")]
    [InlineData("Model sk-large answered in 120 ms")]
    public void Redact_OrdinaryText_Unchanged(string text)
    {
        Assert.Equal(text, new SecretRedactor().Redact(text));
    }

    [Fact]
    public void Add_ShortValue_NotTreatedAsSecret()
    {
        var redactor = new SecretRedactor();
        redactor.Add("abc");

        Assert.Equal("abc def", redactor.Redact("abc def"));
    }
}
