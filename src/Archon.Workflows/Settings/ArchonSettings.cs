using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archon.Workflows.Settings;

/// <summary>
/// Binds every <c>Archon</c> setting through the options pattern — environment variables (<c>Archon__X</c>), app
/// settings and JSON files alike — and validates them when the host starts: a value that is not a number or is out of
/// range stops the start with a message naming the setting and the allowed range.
/// </summary>
public static class ArchonSettings
{
    public static IServiceCollection AddArchonSettings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SettingRule.Section);
        services.AddOptions<ApiOptions>().Bind(section).ValidateOnStart();
        services.AddOptions<EngineOptions>().Bind(section).ValidateOnStart();
        services.AddOptions<WorkflowOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>>(new ProblemsValidator<ApiOptions>(o => o.Problems()));
        services.AddSingleton<IValidateOptions<EngineOptions>>(new ProblemsValidator<EngineOptions>(o => o.Problems()));
        services.AddSingleton<IValidateOptions<WorkflowOptions>>(new ProblemsValidator<WorkflowOptions>(o => o.Problems()));
        return services;
    }

    /// <summary>Reads one area's options now (hosts that need them before the container is built), validated.</summary>
    public static T Read<T>(IConfiguration configuration, Func<T, IEnumerable<string>> problems)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        T options;
        try
        {
            options = configuration.GetSection(SettingRule.Section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsValidationException(typeof(T).Name, typeof(T), [Describe(ex)]);
        }

        var found = problems(options).ToList();
        return found.Count == 0 ? options : throw new OptionsValidationException(typeof(T).Name, typeof(T), found);
    }

    // "Failed to convert configuration value 'x' at 'Archon:SimLatencyMs' to type 'System.Int32'" → name the setting.
    private static string Describe(InvalidOperationException ex)
    {
        var message = ex.Message;
        var at = message.IndexOf("at '", StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        var end = message.IndexOf('\'', at + 4);
        var key = end > at ? message[(at + 4)..end].Replace(":", "__", StringComparison.Ordinal) : "a setting";
        return $"{key} has a value of the wrong type ({message})";
    }
}
