namespace TrunkPortal.Components.Pages.Trunks.Create;

public enum WizardStep { Provider, Plan, MainSettings, IpConfiguration, Review }
