namespace TrunkPortal.Domain.Trunks;

// The value sets of rule F2 and the reference API (infobip-api-reference.md §2.2).
// Names map to the API spelling with JsonNamingPolicy.SnakeCaseUpper (UsNational -> US_NATIONAL).

public enum Codec { Pcmu, Pcma, G729 }

public enum Dtmf { Rfc2833, Inband }

public enum Fax { None, Inband, T38 }

public enum NumberFormat { E164, International, UsNational }

public enum Anonymization { None, RemotePartyId, AssertedIdentity, PreferredIdentity }

public enum RoutingStrategy { Failover, RoundRobin }

public enum BillingPackageType { Metered, Unlimited }
