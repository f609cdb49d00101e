namespace TrunkPortal.Accounts;

public interface ICurrentAccount { Task<Guid?> GetAccountIdAsync(); }
