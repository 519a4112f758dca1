using System.Globalization;
using System.Text;

namespace Archon.Benchmarks.Datasets;

/// <summary>How each kind's published fields are framed as the prompt the architecture receives.</summary>
public static class BenchmarkPrompts
{
    /// <summary>GSM8K: the question and a request to end with the number.</summary>
    public static string Gsm8k(string question) =>
        $"{question}\n\nSolve the problem step by step, then give the final numeric answer on a last line of the form \"#### <number>\".";

    /// <summary>MATH: the problem and the usual request for a boxed answer.</summary>
    public static string Math(string problem) =>
        $"{problem}\n\nSolve the problem and put your final answer within \\boxed{{}}.";

    /// <summary>Letter of option <paramref name="index"/> (0 → A).</summary>
    public static string OptionLetter(int index) => ((char)('A' + index)).ToString();

    /// <summary>MixEval multiple-choice, framed like the original: context, question, lettered options.</summary>
    public static string MultipleChoice(string? context, string prompt, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(context))
        {
            sb.Append(context).Append("\n\n");
        }

        sb.Append(prompt).Append('\n');
        for (var i = 0; i < options.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{OptionLetter(i)}. {options[i]}\n");
        }

        sb.Append("Answer with the option's letter from the given choices directly.");
        return sb.ToString();
    }

    /// <summary>MixEval free-form: context, question, a request for a short answer.</summary>
    public static string FreeForm(string? context, string prompt) =>
        string.IsNullOrWhiteSpace(context)
            ? $"{prompt}\nAnswer the question shortly."
            : $"{context}\n\n{prompt}\nAnswer the question shortly.";

    /// <summary>HumanEval: the function prompt to complete.</summary>
    public static string HumanEval(string codePrompt) =>
        "Complete the following Python function. Reply with the complete function (signature included) in one ```python code block.\n\n```python\n"
        + codePrompt + "\n```";

    /// <summary>MultiPL-E C#: the method to complete, inside its class.</summary>
    public static string CSharp(string codePrompt) =>
        "Complete the following C# method. Reply with the complete method (signature included) in one ```csharp code block; "
        + "helper methods may follow it.\n\n```csharp\n" + codePrompt + "\n```";

    /// <summary>CodeContests: the problem statement and how the program is run.</summary>
    public static string CodeContests(string description) =>
        "Solve the following competitive programming problem in Python 3. Your program reads the input from standard input "
        + "and writes the answer to standard output. Reply with the complete program in one ```python code block.\n\n" + description;

    /// <summary>MBPP: the task and its tests, as in the original paper's prompt.</summary>
    public static string Mbpp(string task, IReadOnlyList<string> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return $"{task}\nYour code should pass these tests:\n\n{string.Join('\n', tests)}\n\nReply with the Python code in one ```python code block.";
    }
}
