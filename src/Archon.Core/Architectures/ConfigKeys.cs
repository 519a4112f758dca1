namespace Archon.Core.Architectures;

/// <summary>
/// The keys of the original Archon config format, by where they may appear, with the value kind each expects.
/// </summary>
internal static class ConfigKeys
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Layers = "layers";
    public const string Custom = "custom";
    public const string Models = "models";
    public const string Branches = "branches";

    public const string Type = "type";
    public const string Model = "model";
    public const string ModelType = "model_type";
    public const string Temperature = "temperature";
    public const string MaxTokens = "max_tokens";
    public const string Samples = "samples";
    public const string TopK = "top_k";

    public const string UseCritiques = "use_critiques";
    public const string LengthControl = "length_control";
    public const string UnitTestCap = "unit_test_cap";
    public const string RemoveUnitTestsFromPrompt = "remove_unit_tests_from_prompt";
    public const string FirstK = "first_k";
    public const string FirstPass = "first_pass";
    public const string NoSystem = "no_system";
    public const string RankerBatchSize = "ranker_batch_size";
    public const string RankerConfig = "ranker_config";
    public const string TopKGenerations = "top_k_generations";
    public const string FuseGenerationsCount = "fuse_generations_count";
    public const string BatchNum = "batch_num";

    /// <summary>A component whose model calls may all fail without failing the query (its failure is then a warning).</summary>
    public const string Optional = "optional";

    /// <summary>Keys of the top-level object.</summary>
    public static IReadOnlyList<string> TopLevel { get; } = [Name, Description, Layers, Custom];

    /// <summary>Keys of a legacy layer object <c>{"models": […]}</c>.</summary>
    public static IReadOnlyList<string> LegacyLayer { get; } = [Models, Branches];

    /// <summary>Component keys that land in typed properties of <see cref="ComponentConfig"/>.</summary>
    public static IReadOnlyDictionary<string, ConfigValueKind> TypedComponentKeys { get; } =
        new Dictionary<string, ConfigValueKind>(StringComparer.Ordinal)
        {
            [Type] = ConfigValueKind.String,
            [Model] = ConfigValueKind.String,
            [ModelType] = ConfigValueKind.String,
            [Temperature] = ConfigValueKind.Number,
            [MaxTokens] = ConfigValueKind.Integer,
            [Samples] = ConfigValueKind.Integer,
            [TopK] = ConfigValueKind.Integer,
        };

    /// <summary>Component keys kept in <see cref="ComponentConfig.Settings"/>.</summary>
    public static IReadOnlyDictionary<string, ConfigValueKind> SettingKeys { get; } =
        new Dictionary<string, ConfigValueKind>(StringComparer.Ordinal)
        {
            [UseCritiques] = ConfigValueKind.Boolean,
            [LengthControl] = ConfigValueKind.Boolean,
            [UnitTestCap] = ConfigValueKind.Integer,
            [RemoveUnitTestsFromPrompt] = ConfigValueKind.Boolean,
            [FirstK] = ConfigValueKind.Integer,
            [FirstPass] = ConfigValueKind.Boolean,
            [NoSystem] = ConfigValueKind.Boolean,
            [RankerBatchSize] = ConfigValueKind.Integer,
            [RankerConfig] = ConfigValueKind.Object,
            [TopKGenerations] = ConfigValueKind.Integer,
            [FuseGenerationsCount] = ConfigValueKind.Integer,
            [BatchNum] = ConfigValueKind.Integer,
            [Optional] = ConfigValueKind.Boolean,
        };

    /// <summary>Integer settings that must be at least 1 when present.</summary>
    public static IReadOnlyList<string> PositiveIntegerSettings { get; } =
        [UnitTestCap, FirstK, RankerBatchSize, TopKGenerations, FuseGenerationsCount, BatchNum];

    /// <summary>Every component key, typed or setting.</summary>
    public static IReadOnlyList<string> AllComponentKeys { get; } =
        [.. TypedComponentKeys.Keys, .. SettingKeys.Keys];
}
