namespace TrunkPortal.Domain;

/// <summary>
/// A rule refused what was asked. The message is written for the person who asked: what is wrong and what
/// they can do instead. <see cref="Code"/> is a stable, machine-readable name of the rule (e.g. "L1").
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
