"""The page's link with the participant's browser: it notices when the page has lost its kernel.

Every participant and trainer page shows one (:func:`kit.ui.page.open_module`,
:func:`kit.ui.trainer_page.open_trainer_page`). Its JavaScript
(``kit/assets/browser_link.js``, shipped in the package: nothing is fetched
from the Internet) asks the kernel for a sign of life when the participant
acts on the page; the kernel answers here. No answer, or a kernel that was
restarted, and the page says so in words ("rechargez la page ; votre
progression est gardée") instead of showing buttons that do nothing.

>>> link = BrowserLink("fr")
>>> sent = []
>>> link.send = sent.append
>>> link.answer(link, {"ping": 12}, [])
>>> sent
[{'pong': 12}]
"""

from __future__ import annotations

from importlib import resources

import anywidget
import traitlets

from kit.core.languages import t


def _script() -> str:
    return resources.files("kit").joinpath("assets/browser_link.js").read_text("utf-8")


class BrowserLink(anywidget.AnyWidget):
    """An invisible widget: answers the browser's "are you there?" and carries the page's words for when it is not."""

    _esm = traitlets.Unicode(_script()).tag(sync=True)
    lost_text = traitlets.Unicode().tag(sync=True)
    reload_label = traitlets.Unicode().tag(sync=True)

    def __init__(self, lang: str):
        super().__init__(
            lost_text=t("link.lost", lang),
            reload_label=t("link.reload", lang),
        )
        self.on_msg(self.answer)

    def answer(self, _widget, content, _buffers) -> None:
        """Reply to the browser's sign-of-life request (``{"ping": n}`` → ``{"pong": n}``)."""
        if isinstance(content, dict) and "ping" in content:
            self.send({"pong": content["ping"]})
