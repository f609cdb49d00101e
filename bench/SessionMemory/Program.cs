using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

// Benchmark 3: opens N headless browser tabs (one context each, so one Blazor circuit each) on a page of the
// portal and prints the server's managed heap after a forced full GC before and after, as one JSON line.
//   SessionMemory <base url> <wizard|empty> <sessions> [seconds to keep the sessions open, e.g. for dotnet-gcdump]
var baseUrl = args[0];
var target = args[1];
var sessions = int.Parse(args[2], CultureInfo.InvariantCulture);
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

// Sign in once; every session reuses the cookie, as tabs of one signed-in admin would.
var signIn = await browser.NewContextAsync(new() { BaseURL = baseUrl });
var login = await signIn.NewPageAsync();
await login.GotoAsync("/Account/Login");
await login.GetByLabel("Email").FillAsync("admin@acme.test");
await login.GetByLabel("Password").FillAsync("Acme-Demo-Pass-2026!");
await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
await login.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
var state = await signIn.StorageStateAsync();
await signIn.CloseAsync();

var contexts = new List<IBrowserContext>();
// The warm-up session stays open: the baseline then holds everything a first session loads once (JIT, caches),
// and the figure is what each further session adds.
contexts.Add(await OpenAsync(0));
var before = await HeapAsync();
using var gate = new SemaphoreSlim(4);
var opened = await Task.WhenAll(Enumerable.Range(1, sessions).Select(async n =>
{
    await gate.WaitAsync();
    try
    {
        return await OpenAsync(n);
    }
    finally
    {
        gate.Release();
    }
}));
contexts.AddRange(opened);
await Task.Delay(2000);
var after = await HeapAsync();
Console.WriteLine(JsonSerializer.Serialize(new { target, sessions, before, after, perSession = (after - before) / sessions }));
if (args.Length > 3)
{
    await Task.Delay(TimeSpan.FromSeconds(Math.Min(600, int.Parse(args[3], CultureInfo.InvariantCulture))));
}
foreach (var context in contexts)
{
    await context.CloseAsync();
}

async Task<IBrowserContext> OpenAsync(int n)
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, StorageState = state });
    var page = await context.NewPageAsync();
    await page.GotoAsync(target == "wizard" ? "/trunks/new" : "/bench/empty");
    await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    if (target == "wizard")
    {
        // The E2E wizard flow (TrunkPortal.E2E/WizardFlowTests.cs) up to main settings, its fields filled.
        await page.GetByText("SIP trunk: static", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByText("Metered", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Number of channels").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("SIP trunk name").FillAsync(string.Create(CultureInfo.InvariantCulture, $"Bench session {n}"));
        await page.GetByLabel("Datacenter location", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "(FRANKFURT)" }).First.ClickAsync();
        await page.GetByText("Frankfurt").First.WaitForAsync();
    }
    else
    {
        await page.GetByText("Empty page").WaitForAsync();
    }
    return context;
}

async Task<long> HeapAsync() => (await http.GetFromJsonAsync<JsonElement>("/bench/heap")).GetProperty("bytes").GetInt64();
