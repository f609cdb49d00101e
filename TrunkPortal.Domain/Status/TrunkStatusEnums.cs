namespace TrunkPortal.Domain.Status;

/// <summary>Administrative status class (rule T1).</summary>
public enum AdminStatus { Enabled, Disabled, SystemDisabled }

/// <summary>Action status class (rule T3). The seed's PENDING is spelled CREATING, UPDATING or DELETING.</summary>
public enum ActionStatus { Creating, Updating, Deleting, Success, Reset, Failed }

/// <summary>Registration status class, registered trunks only (rules T2, G4).</summary>
public enum RegistrationStatus { Registered, Unregistered }
