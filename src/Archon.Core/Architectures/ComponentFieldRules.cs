using System.Globalization;
using Archon.Core.Models;
using Archon.Core.Text;

namespace Archon.Core.Architectures;

/// <summary>Per-component checks: type known, model present, keeping <see cref="ModelNameRule"/> and in the catalog, values in range.</summary>
internal sealed class ComponentFieldRules
{
    private readonly List<ArchitectureDiagnostic> _diagnostics;
    private readonly List<string> _types;
    private readonly IReadOnlyCollection<string>? _models;
    private readonly HashSet<string>? _modelSet;
    private readonly Func<string, string?, bool>? _modelExists;

    public ComponentFieldRules(ArchitectureValidationContext context, List<ArchitectureDiagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _types = [.. ComponentTypes.BuiltIn.Concat(context.ComponentTypes ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
        _models = context.KnownModels;
        _modelSet = _models is null ? null : new HashSet<string>(_models, StringComparer.OrdinalIgnoreCase);
        _modelExists = context.ModelExists;
    }

    public void Check(ComponentConfig component, string path)
    {
        CheckType(component.Type, ArchitecturePaths.Key(path, ConfigKeys.Type));
        // The catalog routes by model_type, so it keeps the model name rule; breaking it, the model is not looked up.
        var modelTypeProblem = ModelNameRule.Problem(component.ModelType);
        if (modelTypeProblem is not null)
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(ArchitecturePaths.Key(path, ConfigKeys.ModelType), $"'{ConfigKeys.ModelType}' {modelTypeProblem}."));
        }

        CheckModel(component.Model, component.ModelType, ArchitecturePaths.Key(path, ConfigKeys.Model), lookUp: modelTypeProblem is null);

        AtLeastOne(component.Samples, ConfigKeys.Samples, path);
        AtLeastOne(component.MaxTokens, ConfigKeys.MaxTokens, path);
        if (component.TopK is { } topK)
        {
            AtLeastOne(topK, ConfigKeys.TopK, path);
        }

        if (double.IsNaN(component.Temperature) || component.Temperature is < 0 or > 2)
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                ArchitecturePaths.Key(path, ConfigKeys.Temperature),
                string.Create(CultureInfo.InvariantCulture, $"'temperature' must be between 0 and 2, but it is {component.Temperature}.")));
        }

        foreach (var key in ConfigKeys.PositiveIntegerSettings)
        {
            if (component.GetInt(key) is { } value)
            {
                AtLeastOne(value, key, path);
            }
        }
    }

    private void CheckType(string type, string path)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                $"The component has no type: set \"type\" to one of {string.Join(", ", ComponentTypes.BuiltIn)}."));
        }
        else if (!_types.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                NameSuggestions.WithSuggestion(
                    $"Unknown component type '{ClippedText.Clip(type)}': use one of {string.Join(", ", _types)}",
                    type,
                    _types)));
        }
    }

    private void CheckModel(string model, string? modelType, string path, bool lookUp)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                "The component has no model: set \"model\" to a model name from the catalog."));
        }
        else if (ModelNameRule.Problem(model) is { } problem)
        {
            // Checked before the catalog, which would echo the name; under simulation every other name is a model.
            _diagnostics.Add(ArchitectureDiagnostic.Error(path, $"'{ConfigKeys.Model}' {problem}."));
        }
        else if (lookUp && (_modelExists is not null ? !_modelExists(model, modelType) : _modelSet is not null && !_modelSet.Contains(model)))
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                NameSuggestions.WithSuggestion($"Model '{model}' is not in the model catalog", model, _models ?? [])));
        }
    }

    private void AtLeastOne(int value, string key, string componentPath)
    {
        if (value < 1)
        {
            _diagnostics.Add(ArchitectureDiagnostic.Error(
                ArchitecturePaths.Key(componentPath, key),
                string.Create(CultureInfo.InvariantCulture, $"'{key}' must be at least 1, but it is {value}.")));
        }
    }
}
