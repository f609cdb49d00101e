using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// Every trunk operation, for every door (wizard, trunk page, support console, REST API). Each call runs in
/// one database transaction, scopes everything by <paramref name="accountId"/> (a trunk of another account
/// is <see cref="OperationStatus.NotFound"/>, R1) and writes the audit log as <see cref="Actor"/>.
/// </summary>
public interface ITrunkService
{
    /// <summary>The account's live trunks in creation order; <paramref name="nameFilter"/> matches part of the name, ignoring case.</summary>
    Task<TrunkPage> ListAsync(Guid accountId, string? nameFilter, int page, int size, CancellationToken cancellationToken = default);

    Task<TrunkView?> GetAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default);

    /// <summary>Validates, checks limits (L1-L6), allocates SBC addresses, issues credentials, records CREATING.</summary>
    Task<OperationResult<CreatedTrunk>> CreateAsync(Actor actor, Guid accountId, TrunkRequest request, CancellationToken cancellationToken = default);

    /// <summary>Full replace of the editable settings (F5), records UPDATING.</summary>
    Task<OperationResult<TrunkView>> UpdateAsync(Actor actor, Guid accountId, Guid trunkId, TrunkRequest request, CancellationToken cancellationToken = default);

    /// <summary>S6: the request's source hosts that another trunk in its data center already holds, as field errors (none: free).</summary>
    Task<IReadOnlyList<FieldError>> CheckSourceHostsAsync(Guid accountId, TrunkRequest request, Guid? trunkId, CancellationToken cancellationToken = default);

    /// <summary>Records DELETING; the provisioner removes the trunk.</summary>
    Task<OperationResult<TrunkView>> DeleteAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default);

    /// <summary>G2 / A4: new secrets, shown once in the answer.</summary>
    Task<OperationResult<IssuedSecrets>> ResetCredentialsAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default);

    Task<OperationResult<TrunkStatusView>> GetStatusAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default);

    /// <summary>ENABLED or DISABLED, as the account admin may set them (T1).</summary>
    Task<OperationResult<TrunkStatusView>> SetAdminStatusAsync(Actor actor, Guid accountId, Guid trunkId, AdminStatus target, CancellationToken cancellationToken = default);
}
