namespace TrunkPortal.Trunks;

/// <summary>
/// Who asked, for the audit log: a person (user id and name) or an API key (its name), and from where;
/// <paramref name="IsSupport"/> when the person is support staff (R2), checked by the support-only services.
/// </summary>
public sealed record Actor(ActorKind Kind, string Id, string Name, string? IpAddress, bool IsSupport = false)
{
    public static Actor System { get; } = new(ActorKind.System, "system", "TrunkPortal", null);
}

public enum ActorKind { User, ApiKey, System }
