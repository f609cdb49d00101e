using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace TrunkPortal.Tests.Edge;

/// <summary>The reference API as the edge tests use it: create, read status, wait for what the edge reports.</summary>
internal static class EdgeApi
{
    public const string Trunks = "/calls/1/sip-trunks";

    public static string Registered(string location, bool inviteChallenge = false) => $$"""
        {"type":"REGISTERED","name":"PBX {{Guid.NewGuid():N}}","location":"{{location}}","channelLimit":10,
         "billingPackage":{"packageType":"METERED"},"tls":false,"codecs":["PCMU"],"inviteAuthentication":{{(inviteChallenge ? "true" : "false")}}}
        """;

    public static string Authenticated(string location, bool digest) =>
        "{\"type\":\"AUTHENTICATED\",\"name\":\"AI " + Guid.NewGuid().ToString("N") + "\",\"location\":\"" + location + "\",\"channelLimit\":5,"
        + "\"billingPackage\":{\"packageType\":\"METERED\"},\"authentication\":{\"inbound\":{\"digestAuthenticationEnabled\":"
        + (digest ? "true" : "false") + "},\"outbound\":{\"fqdn\":\"sip.rtc.elevenlabs.io:5061\"}}}";

    public static async Task<JsonObject> PostAsync(HttpClient client, string path, string json)
    {
        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {body}");
        return (JsonNode.Parse(body) as JsonObject)!;
    }

    public static async Task<JsonObject> StatusAsync(HttpClient client, string id) =>
        (JsonNode.Parse(await client.GetStringAsync($"{Trunks}/{id}/status")) as JsonObject)!;

    /// <summary>Waits until the action status leaves CREATING/UPDATING/DELETING; returns the status answer.</summary>
    public static async Task<JsonObject> WaitForActionAsync(HttpClient client, string id, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var status = await StatusAsync(client, id);
            var action = status["actionStatus"]!["status"]!.GetValue<string>();
            if (action is not ("CREATING" or "UPDATING" or "DELETING") || deadline.Elapsed > (within ?? TimeSpan.FromSeconds(20)))
            {
                return status;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the registration status the status API reports; returns how long it took, or null if it never came.</summary>
    public static async Task<TimeSpan?> WaitForRegistrationAsync(HttpClient client, string id, string expected, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed <= within)
        {
            if ((await StatusAsync(client, id))["registrationStatus"]?.GetValue<string>() == expected)
            {
                return clock.Elapsed;
            }
            await Task.Delay(100);
        }
        return null;
    }
}
