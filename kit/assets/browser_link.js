// The page's link with the participant's browser (kit/ui/browser_link.py).
//
// Connection watch: when the participant acts on the page (a click, a key, coming back to the
// tab), the page asks the kernel for a sign of life, at most every 20 seconds. A kernel that is
// gone (stopped, restarted: its widgets are dead) or a server that no longer answers shows a
// message in words, instead of buttons that silently do nothing.
const CHECK_AT_MOST_EVERY_MS = 20000;
const ANSWER_WITHIN_MS = 10000; // a busy kernel (a long report) answers within this time; a late answer hides the message again

function render({ model, el }) {
  const banner = document.createElement("div");
  banner.className = "kit-connection-lost kit-notice kit-notice-error";
  banner.setAttribute("role", "alert");
  banner.hidden = true;
  const symbol = document.createElement("span");
  symbol.setAttribute("aria-hidden", "true");
  symbol.textContent = "✖ ";
  const words = document.createElement("span");
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "kit-connection-reload";
  reload.textContent = model.get("reload_label");
  reload.addEventListener("click", () => window.location.reload());
  banner.append(symbol, words, " ", reload);
  document.body.appendChild(banner);
  el.classList.add("kit-browser-link");

  let lastCheck = 0;
  let waiting = null;

  function lost() {
    words.textContent = model.get("lost_text");
    banner.hidden = false;
  }

  function check() {
    const now = Date.now();
    if (waiting !== null || now - lastCheck < CHECK_AT_MOST_EVERY_MS) return;
    lastCheck = now;
    try {
      model.send({ ping: now });
    } catch (error) {
      lost(); // the widget's link to its kernel is closed: the kernel stopped or restarted
      return;
    }
    waiting = setTimeout(() => { waiting = null; lost(); }, ANSWER_WITHIN_MS); // no answer: kernel or server gone
  }

  function answered(message) {
    if (!message || message.pong === undefined) return;
    if (waiting !== null) { clearTimeout(waiting); waiting = null; }
    banner.hidden = true;
  }

  function onVisible() {
    if (document.visibilityState === "visible") check();
  }

  model.on("msg:custom", answered);
  document.addEventListener("pointerdown", check, true);
  document.addEventListener("keydown", check, true);
  document.addEventListener("visibilitychange", onVisible);
  window.addEventListener("focus", check);
  // Tests and the trainer's own checks can ask at once.
  window.kitCheckConnection = () => { lastCheck = 0; check(); };

  return () => {
    model.off("msg:custom", answered);
    document.removeEventListener("pointerdown", check, true);
    document.removeEventListener("keydown", check, true);
    document.removeEventListener("visibilitychange", onVisible);
    window.removeEventListener("focus", check);
    if (waiting !== null) clearTimeout(waiting);
    banner.remove();
  };
}

export default { render };
