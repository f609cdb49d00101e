namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3: one issue of credentials, split by purpose. <see cref="Shown"/> goes into the create or reset answer and
/// is then forgotten; <see cref="Stored"/> is the only part that may be persisted.
/// </summary>
public sealed record IssuedCredentials<TShown, TStored>(TShown Shown, TStored Stored)
    where TShown : notnull
    where TStored : notnull;
