using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>
/// Operates the page with the keyboard alone: Tab (or Shift+Tab) until the wanted control has the focus, then
/// Enter, Space, arrows or typing. Reading where the focus is, is the only thing done through script; nothing is
/// clicked or filled directly, so a control that Tab cannot reach or a key cannot operate fails the flow.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    private const int MaxTabs = 80;

    public IKeyboard Keys => page.Keyboard;

    /// <summary>Tabs forward (or backward) until <paramref name="target"/> is focused, or fails naming where the focus went.</summary>
    public async Task TabToAsync(ILocator target, bool backward = false)
    {
        var visited = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await IsFocusedAsync(target))
            {
                return;
            }
            await Keys.PressAsync(backward ? "Shift+Tab" : "Tab");
            visited.Add(await FocusedAsync());
        }
        throw new Xunit.Sdk.XunitException($"{target} was not reached with {MaxTabs} presses of {(backward ? "Shift+Tab" : "Tab")}; the focus went: {string.Join(" > ", visited.Distinct())}");
    }

    public async Task PressOnAsync(ILocator target, string key)
    {
        await TabToAsync(target);
        await Keys.PressAsync(key);
    }

    /// <summary>Tabs to a text field, selects what it holds and types over it.</summary>
    public async Task TypeIntoAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        await Keys.PressAsync("ControlOrMeta+a");
        await Keys.TypeAsync(text);
    }

    /// <summary>Tabs into a radio group (the focus lands on its checked radio, or the first) and moves with the arrow keys to <paramref name="option"/>.</summary>
    public async Task ChooseRadioAsync(ILocator group, ILocator option)
    {
        await TabToAsync(group.GetByRole(AriaRole.Radio));
        var count = await group.GetByRole(AriaRole.Radio).CountAsync();
        for (var i = 0; i <= count && !await IsFocusedAsync(option); i++)
        {
            await Keys.PressAsync("ArrowDown");
        }
        if (!await option.IsCheckedAsync())
        {
            await Keys.PressAsync("Space");
        }
        await Assertions.Expect(option).ToBeCheckedAsync();
    }

    /// <summary>Whether the focus is on (one of) the element(s) <paramref name="target"/> matches; does not wait for them.</summary>
    public Task<bool> IsFocusedAsync(ILocator target) =>
        target.EvaluateAllAsync<bool>("elements => elements.some(e => e === document.activeElement)");

    private Task<string> FocusedAsync() => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}[${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 30)}]` : 'none'; }");
}
