namespace TrunkPortal.Domain.Credentials;

/// <summary>G1, G2, R3: a registered trunk's credentials in clear, for the create or reset answer only. Never store it.</summary>
public sealed record RegisteredCredentials(string Username, string Password)
{
    public override string ToString() => $"RegisteredCredentials {{ Username = {Username}, Password = {SecretMask.Hidden} }}";
}
