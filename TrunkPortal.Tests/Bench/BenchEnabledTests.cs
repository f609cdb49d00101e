using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TrunkPortal.Tests.Bench;

/// <summary>With the flag set, a loopback caller reaches the benchmark endpoints.</summary>
[Trait("Db", "Both")]
public class BenchEnabledTests(BenchEnabledFactory factory) : IClassFixture<BenchEnabledFactory>
{
    [Fact]
    [Trait("Area", "Bench")]
    public async Task Heap_ShouldAnswerTheManagedHeapInBytes_WhenTheFlagIsOn()
    {
        var response = await factory.ClientFor(null).GetAsync("/bench/heap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bytes").GetInt64();
        Assert.True(bytes > 0);
    }
}
