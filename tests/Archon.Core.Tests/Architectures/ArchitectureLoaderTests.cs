using Archon.Core.Architectures;

namespace Archon.Core.Tests.Architectures;

public sealed class ArchitectureLoaderTests
{
    private const string Original = """
        {
            "name": "archon-gpt-4o-sample_5_then_rank_then_fuse",
            "layers": [
                [
                    {
                        "type": "generator",
                        "model": "gpt-4o",
                        "model_type": "OpenAI_API",
                        "top_k": 1,
                        "temperature": 0.9,
                        "max_tokens": 1024,
                        "samples": 5,
                        "no_system": true
                    }
                ],
                [
                    {
                        "type": "ranker",
                        "model": "gpt-4o",
                        "model_type": "OpenAI_API",
                        "top_k": 3,
                        "temperature": 0.7,
                        "max_tokens": 2048,
                        "ranker_batch_size": 16,
                        "use_critiques": false
                    }
                ],
                [
                    {
                        "type": "fuser",
                        "model": "claude-3-5-sonnet-20240620",
                        "model_type": "Anthropic_API",
                        "temperature": 0.7,
                        "max_tokens": 4096,
                        "samples": 1,
                        "length_control": true
                    }
                ]
            ]
        }
        """;

    [Fact]
    public void Parse_OriginalFormat_LoadsTypedPropertiesAndSettings()
    {
        var result = ArchitectureLoader.Parse(Original, "original.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var architecture = result.Architecture!;
        Assert.Equal("archon-gpt-4o-sample_5_then_rank_then_fuse", architecture.Name);
        Assert.Equal(["generator", "ranker", "fuser"], architecture.Layers.Select(l => l.Type));

        var generator = architecture.Layers[0].Components[0];
        Assert.Equal("gpt-4o", generator.Model);
        Assert.Equal("OpenAI_API", generator.ModelType);
        Assert.Equal(0.9, generator.Temperature);
        Assert.Equal(1024, generator.MaxTokens);
        Assert.Equal(5, generator.Samples);
        Assert.Equal(1, generator.TopK);
        Assert.True(generator.GetBool("no_system"));

        var ranker = architecture.Layers[1].Components[0];
        Assert.Equal(3, ranker.TopK);
        Assert.Equal(16, ranker.GetInt("ranker_batch_size"));
        Assert.False(ranker.GetBool("use_critiques", defaultValue: true));

        var fuser = architecture.Layers[2].Components[0];
        Assert.True(fuser.GetBool("length_control"));
        Assert.Null(fuser.TopK);
    }

    [Fact]
    public void Parse_KeysLeftOut_GetDocumentedDefaults()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "layers": [[{"type": "generator", "model": "m"}]]}""");

        var component = result.Architecture!.Layers[0].Components[0];
        Assert.Equal(ArchitectureDefaults.Temperature, component.Temperature);
        Assert.Equal(ArchitectureDefaults.MaxTokens, component.MaxTokens);
        Assert.Equal(ArchitectureDefaults.Samples, component.Samples);
        Assert.Null(component.TopK);
        Assert.Null(component.ModelType);
    }

    [Fact]
    public void Parse_LegacyModelsLayerForm_LoadsComponents()
    {
        const string json = """
            {
                "name": "legacy",
                "layers": [
                    {"branches": 1, "models": [
                        {"type": "generator", "model": "a", "model_type": "Together_API", "temperature": 0.7, "max_tokens": 2048, "samples": 1},
                        {"type": "generator", "model": "b", "model_type": "Together_API", "temperature": 0.7, "max_tokens": 2048, "samples": 2}
                    ]},
                    [{"type": "fuser", "model": "c", "samples": 1}]
                ]
            }
            """;

        var result = ArchitectureLoader.Parse(json);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var layers = result.Architecture!.Layers;
        Assert.True(layers[0].LegacyForm);
        Assert.False(layers[1].LegacyForm);
        Assert.Equal(["a", "b"], layers[0].Components.Select(c => c.Model));
        Assert.Equal(2, layers[0].Components[1].Samples);
    }

    [Fact]
    public void Parse_LegacyLayerWithoutModels_ReportsErrorAtLayer()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "layers": [{"branches": 1}]}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.layers[0]", error.Path);
        Assert.Contains("\"models\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLineAndColumn()
    {
        const string json = "{\n  \"name\": \"broken\",\n  \"layers\": [[{\"type\": \"generator\" \"model\": \"m\"}]]\n}";

        var result = ArchitectureLoader.Parse(json, "broken.json");

        Assert.False(result.Succeeded);
        Assert.Null(result.Architecture);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("broken.json is not valid JSON: line 3, column 36:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJsonAfterNonAsciiText_CountsColumnsInCharacters()
    {
        const string json = "{\"name\": \"état\" \"layers\": []}";

        var result = ArchitectureLoader.Parse(json, "x.json");

        Assert.Contains("line 1, column 17:", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspelledComponentKey_WarnsWithDidYouMean()
    {
        const string json = """{"name": "n", "layers": [[{"type": "fuser", "model": "m", "length_contorl": true}]]}""";

        var result = ArchitectureLoader.Parse(json);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.layers[0][0].length_contorl", warning.Path);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("did you mean 'length_control'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKeyWithNoNearMatchOnBuiltInType_WarnsWithoutSuggestion()
    {
        const string json = """{"name": "n", "layers": [[{"type": "generator", "model": "m", "frobnicate": 3}]]}""";

        var warning = Assert.Single(ArchitectureLoader.Parse(json).Warnings);

        Assert.Equal("$.layers[0][0].frobnicate", warning.Path);
        Assert.DoesNotContain("did you mean", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKeysOfAHundredThousandCharacters_WarningsQuoteThemClipped()
    {
        var plain = new string('x', 100_000);
        var odd = @"a\u0007" + new string('y', 99_998);
        var json = $$"""{"name": "n", "{{plain}}": 1, "layers": [[{"type": "generator", "model": "m", "{{odd}}": 2}]]}""";

        var warnings = ArchitectureLoader.Parse(json).Warnings.ToList();

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w =>
        {
            Assert.True(w.Path.Length + w.Message.Length < 1_000, $"{w.Path.Length} + {w.Message.Length} characters");
            Assert.Contains("… (100,000 characters)", w.Path, StringComparison.Ordinal);
            Assert.Contains("… (100,000 characters)", w.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\u0007', w.Path + w.Message);
        });
    }

    [Fact]
    public void Parse_OwnKeyOfCustomType_KeptInSettingsWithoutWarning()
    {
        const string json = """{"name": "n", "layers": [[{"type": "generator", "model": "m"}], [{"type": "my_filter", "model": "m", "threshold": 3}]]}""";

        var result = ArchitectureLoader.Parse(json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Architecture!.Layers[1].Components[0].GetInt("threshold"));
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_WarnsWithDidYouMean()
    {
        var warning = Assert.Single(ArchitectureLoader.Parse("""{"name": "n", "layer": [], "layers": []}""").Warnings);

        Assert.Equal("$.layer", warning.Path);
        Assert.Contains("did you mean 'layers'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StringForSamples_ErrorNamesPathAndKinds()
    {
        const string json = """{"name": "n", "layers": [[{"type": "generator", "model": "m", "samples": "3"}]]}""";

        var result = ArchitectureLoader.Parse(json);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("$.layers[0][0].samples", error.Path);
        Assert.Equal("'samples' must be a whole number, not the string \"3\".", error.Message);
    }

    [Fact]
    public void Parse_SeveralWrongKinds_ReportsEveryOne()
    {
        const string json = """
            {
                "name": 7,
                "layers": [
                    [{"type": "generator", "model": "m", "temperature": "hot", "max_tokens": 10.5, "use_critiques": "yes"}],
                    "fuser",
                    [42]
                ]
            }
            """;

        var result = ArchitectureLoader.Parse(json);

        Assert.Equal(
            ["$.name", "$.layers[0][0].temperature", "$.layers[0][0].max_tokens", "$.layers[0][0].use_critiques", "$.layers[1]", "$.layers[2][0]"],
            result.Errors.Select(e => e.Path));
        Assert.NotNull(result.Architecture);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Parse_WholeNumberWrittenWithFraction_Accepted()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "layers": [[{"type": "generator", "model": "m", "samples": 3.0}]]}""");

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Architecture!.Layers[0].Components[0].Samples);
    }

    [Fact]
    public void Parse_NullForOptionalKey_TreatedAsAbsent()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "layers": [[{"type": "ranker", "model": "m", "top_k": null, "model_type": null}]]}""");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Architecture!.Layers[0].Components[0].TopK);
    }

    [Fact]
    public void Parse_DuplicateKey_WarnsAndKeepsLastValue()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "layers": [[{"type": "generator", "model": "m", "samples": 2, "samples": 4}]]}""");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.layers[0][0].samples", warning.Path);
        Assert.Equal(4, result.Architecture!.Layers[0].Components[0].Samples);
    }

    [Fact]
    public void Parse_KeyThatIsNotAnIdentifier_PathUsesBracketNotation()
    {
        var warning = Assert.Single(ArchitectureLoader.Parse("""{"name": "n", "layers": [], "max tokens": 5}""").Warnings);

        Assert.Equal("$['max tokens']", warning.Path);
    }

    [Fact]
    public void Parse_Description_IsLoaded()
    {
        var result = ArchitectureLoader.Parse("""{"name": "n", "description": "why it exists", "layers": []}""");

        Assert.Equal("why it exists", result.Architecture!.Description);
    }

    [Fact]
    public void Parse_RootIsNotAnObject_ReportsError()
    {
        var result = ArchitectureLoader.Parse("[1, 2]");

        Assert.Null(result.Architecture);
        Assert.Equal("$", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsErrorNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "archon-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var result = ArchitectureLoader.LoadFile(path);

        Assert.False(result.Succeeded);
        Assert.Contains(path, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_RealFile_Loads()
    {
        var path = Path.Combine(Path.GetTempPath(), "archon-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Original);
        try
        {
            Assert.True(ArchitectureLoader.LoadFile(path).Succeeded);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_WithContext_ReportsLoadAndRuleProblemsTogetherWithoutRepeats()
    {
        const string json = """
            {
                "name": "n",
                "layers": [
                    [{"type": "generator", "model": "m", "samples": "two"}],
                    [{"type": "fuser", "model": "m", "use_critiques": true, "lenght_control": true}],
                    "not a layer"
                ]
            }
            """;

        var result = ArchitectureLoader.Parse(json, "x.json", ArchitectureValidationContext.Default);

        Assert.Equal(
            ["$.layers[0][0].samples", "$.layers[1][0].lenght_control", "$.layers[2]", "$.layers[1][0].use_critiques"],
            result.Diagnostics.Select(d => d.Path));
    }
}
