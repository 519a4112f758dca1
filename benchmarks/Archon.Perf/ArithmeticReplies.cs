using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archon.Core.Synthetic;

namespace Archon.Perf;

/// <summary>
/// The fake model's replies and token counts, a pure function of the prompt: a synthetic arithmetic task gets its
/// correct answer, except for a quarter of prompts (chosen by a hash of the text) that get it off by one, so scores
/// are neither 0 nor 100 % and a clean run and a faulty run must agree item by item.
/// </summary>
internal static class ArithmeticReplies
{
    public static string For(string prompt)
    {
        if (!SyntheticTasks.TrySolve(prompt, out var correct))
        {
            return "I cannot find a question here.\nAnswer: 0";
        }

        var slip = SHA256.HashData(Encoding.UTF8.GetBytes(prompt))[0] % 4 == 0;
        var answer = slip ? correct + 1 : correct;
        return string.Create(CultureInfo.InvariantCulture, $"Working it through step by step.\nAnswer: {answer}");
    }

    /// <summary>The server's tokenizer: 4 characters a token plus 4 per message, the rule the client estimates with.</summary>
    public static long PromptTokens(IReadOnlyList<string> messages) => (messages.Sum(m => (long)m.Length) / 4) + (4 * messages.Count) + 1;

    public static long CompletionTokens(string reply) => (reply.Length / 4) + 1;
}
