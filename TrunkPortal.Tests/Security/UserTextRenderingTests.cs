using Bunit;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Tests.Components.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>F3: a trunk name is the customer's text, shown exactly as typed and never interpreted as HTML.</summary>
public sealed class UserTextRenderingTests : PortalContext
{
    public UserTextRenderingTests() => RenderProviders();

    [Theory]
    [Trait("Rule", "F3")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Zentrale Zürich 東京 🚀", "Zentrale Zürich 東京 🚀")]
    [InlineData("A & B \"quoted\" <b>bold</b>", "A &amp; B \"quoted\" &lt;b&gt;bold&lt;/b&gt;")]
    public async Task Name_ShouldRenderAsTyped_OnTheListAndTheTrunkPage(string name, string escaped)
    {
        var created = await CreateAsync(Acme, TestTrunks.Static(name));

        var list = Render<TrunkList>();
        list.WaitForAssertion(() => Assert.Equal(name, list.Find($"a[href='/trunks/{created.Trunk.Id}']").TextContent));
        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id));
        page.WaitForAssertion(() => Assert.Equal(name, page.Find("[data-testid=trunk-name]").TextContent.Trim()));

        foreach (var markup in new[] { list.Markup, page.Markup })
        {
            Assert.Contains(escaped, markup, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        }
        Assert.Empty(list.FindAll("script"));
        Assert.Empty(page.FindAll("script"));
    }
}
