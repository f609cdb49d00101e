using TrunkPortal.Data;
using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Tests.Accounts;

public sealed class AccountLimitOverridesTests
{
    [Fact]
    [Trait("Rule", "L1")]
    public void ApplyTo_ShouldKeepCatalogDefaults_WhenNothingOverridden()
    {
        var defaults = new AccountLimits();

        Assert.Equal(defaults, new AccountLimitOverrides().ApplyTo(defaults));
    }

    [Fact]
    [Trait("Rule", "L5")]
    public void ApplyTo_ShouldReplaceOnlyOverriddenLimits_WhenSupportRaisedSome()
    {
        var overrides = new AccountLimitOverrides { TrunksPerAccount = 25, DataCentersPerAccount = 4 };

        var limits = overrides.ApplyTo(new AccountLimits());

        Assert.Equal(new AccountLimits { TrunksPerAccount = 25, DataCentersPerAccount = 4 }, limits);
    }
}
