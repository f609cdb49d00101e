using TrunkPortal.Trunks;

namespace TrunkPortal.Accounts;

/// <summary>The signed-in person as the audit log's actor, with the IP address their browser connected from.</summary>
public interface IActorProvider
{
    Task<Actor> GetAsync();
}
