using Microsoft.Extensions.Options;

namespace Archon.Workflows.Settings;

/// <summary>Validates an options class by its own list of broken rules (each message names the setting and the rule).</summary>
internal sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
