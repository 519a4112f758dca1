using Archon.Core.Architectures;
using Archon.Core.Components;

namespace Archon.Core.Tests.Architectures;

public sealed class ArchitectureValidatorTests
{
    private static readonly ArchitectureValidationContext SimCatalog = new()
    {
        KnownModels = ["sim-small", "sim-medium", "sim-large"],
    };

    [Fact]
    public void Validate_GeneratorsRankerFuser_NoDiagnostics()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "sim-small", "samples": 3}, {"type": "generator", "model": "sim-large"}],
            [{"type": "ranker", "model": "sim-large", "top_k": 2}],
            [{"type": "fuser", "model": "sim-large"}]
            """, SimCatalog);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Validate_LayerMixesTypes_ErrorAtFirstOddComponent()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m"}],
            [{"type": "fuser", "model": "m"}, {"type": "fuser", "model": "m"}, {"type": "ranker", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][2].type", error.Path);
        Assert.Equal("Layer 1 mixes component types (fuser, ranker): all components of a layer must have the same type.", error.Message);
    }

    [Fact]
    public void Validate_FirstLayerNotGenerators_Error()
    {
        var diagnostics = Validate("""
            [{"type": "fuser", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[0][0].type", error.Path);
        Assert.StartsWith("The first layer must be generators, but it holds a fuser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GeneratorInLaterLayer_Error()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m"}],
            [{"type": "generator", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].type", error.Path);
        Assert.StartsWith("Generators may only form the first layer, but layer 1 has one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UseCritiquesWithoutEarlierCritic_Error()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "ranker", "model": "m", "use_critiques": true}],
            [{"type": "critic", "model": "m"}],
            [{"type": "fuser", "model": "m", "use_critiques": true}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].use_critiques", error.Path);
        Assert.Equal(
            "This ranker uses critiques, but no critic layer comes before layer 1: add a critic layer earlier or set \"use_critiques\" to false.",
            error.Message);
    }

    [Fact]
    public void Validate_FuserBetweenCriticAndUser_ErrorExplainsCritiquesAreLost()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "critic", "model": "m"}],
            [{"type": "fuser", "model": "m", "samples": 3}],
            [{"type": "fuser", "model": "m", "use_critiques": true}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[3][0].use_critiques", error.Path);
        Assert.Contains("the critiques of the critic in layer 1 do not reach layer 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CriticNotFollowedByRankerOrFuser_Warning()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "critic", "model": "m"}]
            """);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.layers[1][0].type", warning.Path);
        Assert.Contains("no ranker or fuser follows it", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CriticThenRankerAndFuserWithoutUseCritiques_NoDiagnostic()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "critic", "model": "m"}],
            [{"type": "ranker", "model": "m", "top_k": 2}],
            [{"type": "fuser", "model": "m"}]
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Validate_EveryUserOptsOutOfCritiques_WarnsTheCriticReachesNothing()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "critic", "model": "m"}],
            [{"type": "ranker", "model": "m", "use_critiques": false}],
            [{"type": "fuser", "model": "m", "use_critiques": false}, {"type": "fuser", "model": "m", "use_critiques": false}]
            """);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.layers[1][0].type", warning.Path);
        Assert.Contains("the fuser layer 3 sets \"use_critiques\" to false", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SecondCriticBeforeAnyUser_WarnsTheFirstIsReplaced()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "critic", "model": "m"}],
            [{"type": "critic", "model": "m"}],
            [{"type": "fuser", "model": "m"}]
            """);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].type", warning.Path);
        Assert.Contains("the critic in layer 2 replaces them", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EvaluatorWithoutUnitTestGeneratorBefore_Error()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "unit_test_evaluator", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].type", error.Path);
        Assert.StartsWith(
            "A unit_test_evaluator needs a unit_test_generator layer immediately before it, but layer 0 is a generator layer",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnitTestGeneratorNotFollowedByEvaluator_Error()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "unit_test_generator", "model": "m"}],
            [{"type": "fuser", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].type", error.Path);
        Assert.StartsWith(
            "A unit_test_generator must be followed immediately by a unit_test_evaluator layer, but layer 2 is a fuser layer",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnitTestGeneratorThenEvaluator_Valid()
    {
        Assert.Empty(Validate("""
            [{"type": "generator", "model": "m", "samples": 4}],
            [{"type": "unit_test_generator", "model": "m", "unit_test_cap": 5}],
            [{"type": "unit_test_evaluator", "model": "m", "top_k": 1}]
            """));
    }

    [Fact]
    public void Validate_UnitTestsFirstLayout_ErrorsSayWhereTheGeneratorBelongs()
    {
        var diagnostics = Validate("""
            [{"type": "unit_test_generator", "model": "m"}],
            [{"type": "generator", "model": "m", "samples": 5}],
            [{"type": "unit_test_evaluator", "model": "m"}]
            """);

        Assert.Contains(diagnostics, d => d.Path == "$.layers[0][0].type"
            && d.Message.Contains("just before its unit_test_evaluator layer", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.True(d.IsError));
    }

    [Fact]
    public void Validate_UnknownType_ErrorWithDidYouMean()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m"}],
            [{"type": "fusser", "model": "m"}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1][0].type", error.Path);
        Assert.StartsWith("Unknown component type 'fusser'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'fuser'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CustomTypeRegisteredInRegistry_Accepted()
    {
        var registry = new ComponentRegistry().Register("majority_vote", _ => throw new NotSupportedException());
        const string layers = """
            [{"type": "generator", "model": "m", "samples": 5}],
            [{"type": "majority_vote", "model": "m"}]
            """;

        Assert.Empty(Validate(layers, ArchitectureValidationContext.For(registry.Types)));
        Assert.Equal("$.layers[1][0].type", Assert.Single(Validate(layers)).Path);
    }

    [Theory]
    [InlineData("samples", "0", "'samples' must be at least 1, but it is 0.")]
    [InlineData("max_tokens", "-5", "'max_tokens' must be at least 1, but it is -5.")]
    [InlineData("top_k", "0", "'top_k' must be at least 1, but it is 0.")]
    [InlineData("temperature", "2.5", "'temperature' must be between 0 and 2, but it is 2.5.")]
    [InlineData("temperature", "-0.1", "'temperature' must be between 0 and 2, but it is -0.1.")]
    [InlineData("unit_test_cap", "0", "'unit_test_cap' must be at least 1, but it is 0.")]
    [InlineData("first_k", "0", "'first_k' must be at least 1, but it is 0.")]
    public void Validate_ValueOutOfRange_ErrorNamesFieldAndRule(string key, string value, string message)
    {
        var diagnostics = Validate($$"""
            [{"type": "generator", "model": "m", "{{key}}": {{value}}}]
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal($"$.layers[0][0].{key}", error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    public void Validate_TemperatureAtBounds_Accepted(string value)
    {
        Assert.Empty(Validate($$"""[{"type": "generator", "model": "m", "temperature": {{value}}}]"""));
    }

    [Fact]
    public void Validate_MissingModelAndType_ErrorsForEach()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m"}],
            [{"samples": 1}]
            """);

        Assert.Equal(["$.layers[1][0].type", "$.layers[1][0].model"], diagnostics.Select(d => d.Path));
        Assert.Contains("no model", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingNameAndNoLayers_Errors()
    {
        var result = ArchitectureLoader.Parse("{}");

        var diagnostics = ArchitectureValidator.Validate(result.Architecture!);

        Assert.Equal(["$.name", "$.layers"], diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Validate_EmptyLayer_Error()
    {
        var diagnostics = Validate("""
            [{"type": "generator", "model": "m"}],
            []
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[1]", error.Path);
        Assert.Equal("Layer 1 is empty: every layer needs at least one component.", error.Message);
    }

    [Fact]
    public void Validate_ModelMissingFromCatalog_ErrorWithDidYouMean()
    {
        var diagnostics = Validate("""[{"type": "generator", "model": "sim-larg"}]""", SimCatalog);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[0][0].model", error.Path);
        Assert.Equal("Model 'sim-larg' is not in the model catalog; did you mean 'sim-large'?", error.Message);
    }

    [Fact]
    public void Validate_ModelNameOverTheLengthLimitWhileSimulating_ErrorNamesFieldAndRuleWithoutTheName()
    {
        var name = new string('q', 20_000);
        var simulating = new ArchitectureValidationContext { ModelExists = (_, _) => true };

        var diagnostics = Validate($$"""[{"type": "generator", "model": "m"}, {"type": "generator", "model": "{{name}}"}]""", simulating);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[0][1].model", error.Path);
        Assert.Equal("'model' must be at most 256 characters with no control characters, but it is 20,000 characters long.", error.Message);
    }

    [Fact]
    public void Validate_ModelTypeOverTheLengthLimit_ErrorNamesFieldAndRuleInsteadOfCatalogLookup()
    {
        var modelType = new string('t', 5_000);

        var diagnostics = Validate($$"""[{"type": "generator", "model": "no-such-model", "model_type": "{{modelType}}"}]""", SimCatalog);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[0][0].model_type", error.Path);
        Assert.Equal("'model_type' must be at most 256 characters with no control characters, but it is 5,000 characters long.", error.Message);
    }

    [Fact]
    public void Validate_ModelNameWithControlCharacter_ErrorInsteadOfCatalogLookup()
    {
        var diagnostics = Validate("""[{"type": "generator", "model": "sim-large\u0007"}]""", SimCatalog);

        var error = Assert.Single(diagnostics);
        Assert.Equal("$.layers[0][0].model", error.Path);
        Assert.Equal(
            "'model' must be at most 256 characters with no control characters, but it holds the control character U+0007 at index 9.",
            error.Message);
    }

    [Fact]
    public void Validate_NoCatalogGiven_ModelsNotChecked()
    {
        Assert.Empty(Validate("""[{"type": "generator", "model": "Qwen/Qwen2-72B-Instruct"}]"""));
    }

    [Fact]
    public void Validate_LegacyLayer_PathsPointIntoModels()
    {
        var result = ArchitectureLoader.Parse("""
            {"name": "n", "layers": [{"models": [{"type": "generator", "model": "m", "samples": 0}]}]}
            """);

        var error = Assert.Single(ArchitectureValidator.Validate(result.Architecture!));

        Assert.Equal("$.layers[0].models[0].samples", error.Path);
    }

    [Fact]
    public void Validate_ManyProblems_AllReportedAtOnce()
    {
        var diagnostics = Validate("""
            [{"type": "ranker", "model": "sim-large", "samples": 0}],
            [{"type": "generator", "model": "gpt-4o", "temperature": 3}],
            [{"type": "fuser", "model": "sim-large", "use_critiques": true}, {"type": "critic", "model": "sim-large"}],
            [{"type": "unit_test_evaluator", "model": "sim-large", "top_k": 0}]
            """, SimCatalog);

        Assert.Equal(
            [
                "$.layers[0][0].samples",
                "$.layers[1][0].model",
                "$.layers[1][0].temperature",
                "$.layers[3][0].top_k",
                "$.layers[0][0].type",
                "$.layers[1][0].type",
                "$.layers[2][1].type",
                "$.layers[3][0].type",
                "$.layers[2][0].use_critiques",
            ],
            diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d => Assert.True(d.IsError));
    }

    private static IReadOnlyList<ArchitectureDiagnostic> Validate(string layers, ArchitectureValidationContext? context = null)
    {
        var result = ArchitectureLoader.Parse($$"""{"name": "test", "layers": [{{layers}}]}""", "test.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return ArchitectureValidator.Validate(result.Architecture!, context ?? ArchitectureValidationContext.Default);
    }
}
