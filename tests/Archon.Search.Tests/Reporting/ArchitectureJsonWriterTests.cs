using Archon.Core.Architectures;
using Archon.Search.Reporting;
using Archon.Search.Spaces;

namespace Archon.Search.Tests.Reporting;

public sealed class ArchitectureJsonWriterTests
{
    [Fact]
    public void ToJson_EveryPointOfASpace_LoadsBackWithTheSharedLoader()
    {
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""
            {"ranking":["a","b"],"generators":{"topK":[1,2],"samples":[1,3]},"fusion":{"layers":[1,2],"fusersPerLayer":[2]},
             "criticRanker":{"enabled":[false,true]},"verifier":{"enabled":[false,true]},"unitTests":{"enabled":[false,true],"tests":[4]}}
            """));
        foreach (var p in e.Feasible)
        {
            var loaded = ArchitectureLoader.Parse(ArchitectureJsonWriter.ToJson(p.Architecture), p.Key);
            Assert.True(loaded.Succeeded, p.Key + ": " + string.Join("; ", loaded.Diagnostics));
            var a = loaded.Architecture!;
            Assert.Equal(p.Architecture.Layers.Select(l => (l.Type, l.Components.Count)), a.Layers.Select(l => (l.Type, l.Components.Count)));
            Assert.Equal(p.Architecture.Layers.SelectMany(l => l.Components).Select(c => (c.Model, c.Samples, c.TopK, c.GetInt("unit_test_cap"), c.GetBool("use_critiques"))),
                a.Layers.SelectMany(l => l.Components).Select(c => (c.Model, c.Samples, c.TopK, c.GetInt("unit_test_cap"), c.GetBool("use_critiques"))));
        }
    }
}
