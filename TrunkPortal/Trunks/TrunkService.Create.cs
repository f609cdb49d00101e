using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

internal sealed partial class TrunkService
{
    public async Task<OperationResult<CreatedTrunk>> CreateAsync(Actor actor, Guid accountId, TrunkRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await LockAccountAsync(db, accountId, cancellationToken))
        {
            return OperationResult<CreatedTrunk>.NotFound();
        }
        var account = (await accounts.ReadAsync(db, accountId, cancellationToken))!;

        var settings = validation.PrepareCreate(request);
        var errors = await validation.ValidateAsync(settings, account, trunkId: null, cancellationToken);
        if (errors.Count == 0)
        {
            errors = await SourceHostClaims.ErrorsAsync(db, accountId, settings, trunkId: null, cancellationToken);
        }
        if (errors.Count > 0)
        {
            return OperationResult<CreatedTrunk>.Invalid(errors);
        }
        var limit = LimitPolicy.CheckCreate(account.Snapshot(), settings.Location!)
            ?? LimitPolicy.CheckHosts(settings.SourceHosts?.Count ?? 0, settings.DestinationHosts?.Count ?? 0, account.Limits);
        if (limit is not null)
        {
            return OperationResult<CreatedTrunk>.Refused(limit.RuleId, limit.Message);
        }

        var now = time.GetUtcNow();
        var trunk = new TrunkEntity { Id = Guid.CreateVersion7(now), AccountId = accountId, CreatedAt = now };
        trunk.ApplySettings(settings);
        IssuedSecrets? secrets;
        try
        {
            var sbc = sbcAllocator.Allocate(trunk.Location, trunk.Type, trunk.Tls, account.IsLegacy, trunk.Id);
            trunk.ApplySbc(sbc);
            secrets = IssueCredentials(trunk, settings.HeaderValue, now, actor: null);
        }
        catch (DomainException ex)
        {
            return Refused<CreatedTrunk>(ex);
        }
        trunk.Apply(TrunkStateMachine.Created(trunk.Type));
        BeginAction(trunk, now);

        db.Trunks.Add(trunk);
        audit.Record(db, actor, accountId, AuditActions.TrunkCreate, SettingsDiff.Between(null, settings), trunk.Id, trunk.Name);
        if (!await SaveClaimingSourcesAsync(db, cancellationToken))
        {
            return SourceHostTaken<CreatedTrunk>(settings);
        }
        await transaction.CommitAsync(cancellationToken);

        Published(trunk);
        return OperationResult<CreatedTrunk>.Success(new CreatedTrunk(ToView(trunk), secrets));
    }
}
