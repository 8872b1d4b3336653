// Questions answered with native radio buttons (kit/ui/radio_questions.py).
//
// Each question is a <fieldset> whose <legend> is the question: a screen reader
// reads it when the first choice gets the focus. Its choices share one `name`,
// so the browser's own keyboard rules apply: Tab reaches the group (its chosen
// answer, or its first choice), the arrow keys move within it and choose, Tab
// goes on to the next question. The choices sit in a row that wraps on narrow
// screens. The count ("12 sur 25") is a polite live region: it is announced
// after each answer, without moving the focus.

let instances = 0;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render({ model, el }) {
  const uid = `kit-radio-${++instances}`;
  const root = element("div", "kit-radio-questions");
  const count = element("p", "kit-choice-count");
  count.setAttribute("role", "status");
  count.setAttribute("aria-live", "polite");
  el.appendChild(root);

  function choose(questionId, value) {
    model.set("values", { ...model.get("values"), [questionId]: value });
    model.save_changes();
  }

  function sync() {
    const values = model.get("values");
    for (const input of root.querySelectorAll("input[type=radio]")) {
      input.checked = values[input.dataset.question] === input.value;
    }
    count.textContent = model.get("count_text");
    count.hidden = count.textContent === "";
  }

  function build() {
    root.replaceChildren();
    model.get("questions").forEach((question, index) => {
      if (question.heading) root.appendChild(element("h3", "kit-heading", question.heading));
      const group = element("fieldset", "kit-radio-group");
      group.dataset.question = question.id;
      group.appendChild(element("legend", "", question.label));
      if (question.hint) group.appendChild(element("p", "kit-hint", question.hint));
      const row = element("div", "kit-radio-row");
      for (const option of question.options) {
        const label = element("label", "kit-radio");
        const input = element("input");
        input.type = "radio";
        input.name = `${uid}-${index}`;
        input.value = option.value;
        input.dataset.question = question.id;
        input.addEventListener("change", () => input.checked && choose(question.id, option.value));
        label.append(input, element("span", "", option.label));
        row.appendChild(label);
      }
      group.appendChild(row);
      root.appendChild(group);
    });
    root.appendChild(count);
    sync();
  }

  model.on("change:questions", build);
  model.on("change:values", sync);
  model.on("change:count_text", sync);
  build();
}

export default { render };
