// Small browser helpers the portal calls through JS interop.
window.trunkPortal = {
  copyText: async (text) => { await navigator.clipboard.writeText(text); return true; },
  downloadText: (fileName, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }
};
