namespace Archon.Core.Architectures;

/// <summary>The paper's composition rules, checked over the whole layer sequence.</summary>
internal sealed class LayerOrderRules(IReadOnlyList<LayerConfig> layers, List<ArchitectureDiagnostic> diagnostics)
{
    public void Check()
    {
        for (var i = 0; i < layers.Count; i++)
        {
            CheckSingleType(i);
            CheckGeneratorPlacement(i);
            CheckUnitTestAdjacency(i);
        }

        CheckCritiqueFlow();
    }

    /// <summary>Rule 1: one component type per layer.</summary>
    private void CheckSingleType(int i)
    {
        var components = layers[i].Components;
        var types = components.Select(c => c.Type).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (types.Count <= 1)
        {
            return;
        }

        var first = components.First(c => c.Type.Length > 0).Type;
        var offender = IndexOf(i, c => c.Type.Length > 0 && !Is(c.Type, first));
        diagnostics.Add(ArchitectureDiagnostic.Error(
            TypePath(i, offender),
            $"Layer {i} mixes component types ({string.Join(", ", types)}): all components of a layer must have the same type."));
    }

    /// <summary>Rule 2: generators form the first layer and appear nowhere else.</summary>
    private void CheckGeneratorPlacement(int i)
    {
        if (i == 0)
        {
            // Custom types are allowed in the first layer: a registered component may produce candidates itself.
            var offender = IndexOf(0, c => IsBuiltIn(c.Type) && !Is(c.Type, ComponentTypes.Generator));
            if (offender >= 0)
            {
                var type = layers[0].Components[offender].Type;
                var hint = Is(type, ComponentTypes.UnitTestGenerator)
                    ? " Write the unit-test generator layer just before its unit_test_evaluator layer instead."
                    : string.Empty;
                diagnostics.Add(ArchitectureDiagnostic.Error(
                    TypePath(0, offender),
                    $"The first layer must be generators, but it holds a {type}: generators produce the candidates every later layer works on.{hint}"));
            }

            return;
        }

        var generator = IndexOf(i, c => Is(c.Type, ComponentTypes.Generator));
        if (generator >= 0)
        {
            diagnostics.Add(ArchitectureDiagnostic.Error(
                TypePath(i, generator),
                $"Generators may only form the first layer, but layer {i} has one: later layers work on the candidates they receive (use fusers, rankers, critics, verifiers or unit-test components)."));
        }
    }

    /// <summary>Rule 4: a unit-test generator layer sits immediately before a unit-test evaluator layer.</summary>
    private void CheckUnitTestAdjacency(int i)
    {
        var type = layers[i].Type;
        if (Is(type, ComponentTypes.UnitTestEvaluator) && (i == 0 || !Is(layers[i - 1].Type, ComponentTypes.UnitTestGenerator)))
        {
            var where = i == 0 ? "it is in the first layer" : $"layer {i - 1} is a {Describe(i - 1)} layer";
            diagnostics.Add(ArchitectureDiagnostic.Error(
                TypePath(i, 0),
                $"A unit_test_evaluator needs a unit_test_generator layer immediately before it, but {where}: the evaluator has no tests to check candidates against."));
        }

        if (Is(type, ComponentTypes.UnitTestGenerator)
            && (i == layers.Count - 1 || !Is(layers[i + 1].Type, ComponentTypes.UnitTestEvaluator)))
        {
            var where = i == layers.Count - 1 ? "it is the last layer" : $"layer {i + 1} is a {Describe(i + 1)} layer";
            diagnostics.Add(ArchitectureDiagnostic.Error(
                TypePath(i, 0),
                $"A unit_test_generator must be followed immediately by a unit_test_evaluator layer, but {where}: its tests would never be used."));
        }
    }

    /// <summary>
    /// Rule 3: a ranker or fuser that sets <c>use_critiques: true</c> needs a critic layer before it whose critiques
    /// still reach it (a generator or fuser layer in between makes new candidates without critiques). Rankers and
    /// fusers read the critiques that reach them unless they set <c>use_critiques: false</c>; a critic whose critiques
    /// no ranker or fuser reads gets a warning naming why.
    /// </summary>
    private void CheckCritiqueFlow()
    {
        int? activeCritic = null;
        int? lostCritic = null;
        int? replacedAt = null;
        var criticConsumed = true;
        for (var i = 0; i < layers.Count; i++)
        {
            var type = layers[i].Type;
            var isRankerOrFuser = Is(type, ComponentTypes.Ranker) || Is(type, ComponentTypes.Fuser);
            for (var j = 0; j < layers[i].Components.Count; j++)
            {
                var component = layers[i].Components[j];
                if (!component.GetBool(ConfigKeys.UseCritiques) || activeCritic is not null
                    || !(Is(component.Type, ComponentTypes.Ranker) || Is(component.Type, ComponentTypes.Fuser)))
                {
                    continue;
                }

                var reason = lostCritic is null
                    ? $"no critic layer comes before layer {i}: add a critic layer earlier or set \"use_critiques\" to false"
                    : $"the critiques of the critic in layer {lostCritic} do not reach layer {i}, because the {Describe(replacedAt!.Value)} layer {replacedAt} in between makes new candidates without critiques";
                diagnostics.Add(ArchitectureDiagnostic.Error(
                    ArchitecturePaths.Key(ComponentPath(i, j), ConfigKeys.UseCritiques),
                    $"This {component.Type} uses critiques, but {reason}."));
            }

            if (activeCritic is not null && isRankerOrFuser
                && layers[i].Components.Any(c => c.GetBool(ConfigKeys.UseCritiques, defaultValue: true)))
            {
                criticConsumed = true;
            }

            if (Is(type, ComponentTypes.Critic))
            {
                WarnIfUnused(activeCritic, criticConsumed, $"the critic in layer {i} replaces them");
                activeCritic = i;
                criticConsumed = false;
            }
            else if (Is(type, ComponentTypes.Generator) || Is(type, ComponentTypes.Fuser))
            {
                if (activeCritic is not null)
                {
                    WarnIfUnused(activeCritic, criticConsumed, $"the {type} layer {i} sets \"use_critiques\" to false and makes new candidates without them");
                    lostCritic = activeCritic;
                    replacedAt = i;
                }

                activeCritic = null;
            }
        }

        WarnIfUnused(activeCritic, criticConsumed, "no ranker or fuser follows it");
    }

    private void WarnIfUnused(int? critic, bool consumed, string why)
    {
        if (critic is { } c && !consumed)
        {
            diagnostics.Add(ArchitectureDiagnostic.Warning(
                TypePath(c, 0),
                $"The critiques of the critic in layer {c} reach no ranker or fuser ({why}), so its calls are paid for and never used."));
        }
    }

    private int IndexOf(int layer, Func<ComponentConfig, bool> predicate)
    {
        var components = layers[layer].Components;
        for (var j = 0; j < components.Count; j++)
        {
            if (predicate(components[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private string Describe(int layer) => layers[layer].Components.Count == 0 ? "empty" : layers[layer].Type;

    private string ComponentPath(int layer, int component) =>
        ArchitecturePaths.Component(layer, component, layers[layer].LegacyForm);

    private string TypePath(int layer, int component) =>
        layers[layer].Components.Count == 0
            ? ArchitecturePaths.Layer(layer)
            : ArchitecturePaths.Key(ComponentPath(layer, component), ConfigKeys.Type);

    private static bool IsBuiltIn(string type) => ComponentTypes.BuiltIn.Contains(type, StringComparer.OrdinalIgnoreCase);

    private static bool Is(string type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
}
