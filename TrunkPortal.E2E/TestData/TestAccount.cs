namespace TrunkPortal.E2E.TestData;

/// <summary>A fresh customer account made for one test, so its limits and lists belong to that test alone.</summary>
public sealed record TestAccount(Guid Id, string Name, (string Email, string Password) Admin);
