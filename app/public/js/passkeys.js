// Served as /js/passkeys.js. Runs the passkey ceremonies of the forms marked `data-passkey` (sign-up, sign-in, add,
// verify, staff). Without this script, or in a browser without WebAuthn, the forms post to the
// server, which answers with a page that says what still works.
const supported = typeof window.PublicKeyCredential === "function" && !!navigator.credentials;
const lang = document.documentElement.lang || "es";

const fromB64 = (text) => {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = atob(base64 + "===".slice((base64.length + 3) % 4));
  return Uint8Array.from(bytes, (c) => c.charCodeAt(0)).buffer;
};
const toB64 = (buffer) => {
  if (!buffer) return null;
  let text = "";
  for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

// The server's options carry binary values as base64url; the browser wants buffers.
const creationOptions = ({ publicKey }) => ({
  ...publicKey,
  challenge: fromB64(publicKey.challenge),
  user: { ...publicKey.user, id: fromB64(publicKey.user.id) },
  excludeCredentials: (publicKey.excludeCredentials || []).map((c) => ({ ...c, id: fromB64(c.id) })),
});
const requestOptions = ({ publicKey }) => ({
  ...publicKey,
  challenge: fromB64(publicKey.challenge),
  allowCredentials: (publicKey.allowCredentials || []).map((c) => ({ ...c, id: fromB64(c.id) })),
});

const registration = (credential) => ({
  id: credential.id,
  rawId: toB64(credential.rawId),
  type: credential.type,
  extensions: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
  response: {
    attestationObject: toB64(credential.response.attestationObject),
    clientDataJSON: toB64(credential.response.clientDataJSON),
    transports: credential.response.getTransports ? credential.response.getTransports() : undefined,
  },
});
const assertion = (credential) => ({
  id: credential.id,
  rawId: toB64(credential.rawId),
  type: credential.type,
  extensions: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
  response: {
    authenticatorData: toB64(credential.response.authenticatorData),
    clientDataJSON: toB64(credential.response.clientDataJSON),
    signature: toB64(credential.response.signature),
    userHandle: toB64(credential.response.userHandle),
  },
});

class Refused extends Error {}

async function post(path, body) {
  const response = await fetch(`/api/v1/${path}?lang=${encodeURIComponent(lang)}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Refused(answer.error || response.statusText);
  return answer;
}

const field = (form, name) => {
  const input = form.elements.namedItem(name);
  return input && input.value ? input.value : null;
};

async function create(path, form, startBody) {
  const start = await post(`${path}/start`, startBody);
  const credential = await navigator.credentials.create({ publicKey: creationOptions(start.options) });
  return post(`${path}/finish`, {
    ceremony: start.ceremony,
    credential: registration(credential),
    passkey_name: field(form, "passkey_name"),
  });
}

async function get(path, start) {
  const credential = await navigator.credentials.get({ publicKey: requestOptions(start.options) });
  return post(`${path}/finish`, { ceremony: start.ceremony, credential: assertion(credential) });
}

const flows = {
  "sign-up": (form) => create("passkeys/sign-up", form, { display_name: field(form, "display_name") }),
  add: (form) => create("passkeys/add", form, {}),
  "sign-in": async () => get("passkeys/sign-in", await post("passkeys/sign-in/start")),
  verify: async () => get("passkeys/verify", await post("passkeys/verify/start")),
  staff: async (form) => {
    const start = await post("staff/sign-in/start", { email: field(form, "email"), password: field(form, "password") });
    return start.redirect ? start : get("staff/sign-in", start);
  },
};

function say(form, text, isError) {
  const status = form.querySelector("[data-passkey-status]");
  if (!status) return;
  status.textContent = text;
  status.setAttribute("role", isError ? "alert" : "status");
  status.classList.toggle("error", !!isError);
}

for (const form of document.querySelectorAll("form[data-passkey]")) {
  const flow = flows[form.dataset.passkey];
  if (!supported || !flow) continue;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit], button:not([type])");
    if (button) button.disabled = true;
    say(form, form.dataset.waitingMessage || "", false);
    try {
      const next = await flow(form);
      window.location.assign(next.redirect);
    } catch (error) {
      // The person cancelled or the authenticator refused: the server's words when it spoke.
      const text = error instanceof Refused ? error.message : form.dataset.failedMessage || String(error.message || error);
      say(form, text, true);
      if (button) button.disabled = false;
    }
  });
}

if (supported) {
  for (const notice of document.querySelectorAll("[data-passkey-unsupported]")) notice.hidden = true;
}
