using Archon.Cli.Output;
using Microsoft.Extensions.AI;

namespace Archon.Cli.Tests.Output;

public class MessagesFileTests
{
    [Fact]
    public void Parse_OpenAiMessages_ReadsRolesAndTextParts()
    {
        var (messages, error) = MessagesFile.Parse(
            """[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"What is "},{"type":"text","text":"2+2?"}]}]""",
            "m.json");

        Assert.Null(error);
        Assert.NotNull(messages);
        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(m => m.Role));
        Assert.Equal("What is 2+2?", messages[1].Text);
    }

    [Fact]
    public void Parse_UnknownRole_NamesPathAndRule()
    {
        var (messages, error) = MessagesFile.Parse("""[{"role":"user","content":"hi"},{"role":"robot","content":"x"}]""", "m.json");

        Assert.Null(messages);
        Assert.Equal("m.json: $[1].role: unknown role 'robot'; expected system, user or assistant.", error);
    }

    [Fact]
    public void Parse_NoUserMessage_IsAnError()
    {
        var (_, error) = MessagesFile.Parse("""[{"role":"system","content":"x"}]""", "m.json");

        Assert.Contains("no user message", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_ReportsLineAndColumn()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[\n  {\"role\": \"user\",, }\n]");

            var (messages, error) = MessagesFile.Load(path);

            Assert.Null(messages);
            Assert.Contains("line 2", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
