namespace TrunkPortal.Bench;

/// <summary>Totals after a generation step, and one account, FQDN, username and name prefix to search for.</summary>
public sealed record BenchData(int Accounts, int Trunks, Guid SampleAccountId, string SampleFqdn, string SampleUsername, string SampleNamePrefix);
