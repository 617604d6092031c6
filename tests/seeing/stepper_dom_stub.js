// A very small stand-in for the browser's DOM: enough to run the stepper's
// script under node and read back the text it shows.
class Node_ {
  constructor(tag) { this.tag = tag; this.children = []; this._text = ""; this.className = "";
                     this.dataset = {}; this.title = ""; this.value = 0; this.max = 0;
                     const self = this;
                     this.classList = { toggle(name, on) { self.lit = on; } }; }
  appendChild(child) { this.children.push(child); return child; }
  append(...children) { for (const child of children) this.appendChild(child); }
  replaceChildren() { this.children = []; }
  set textContent(text) { this.children = []; this._text = String(text); }
  get textContent() { return this._text + this.children.map((c) => c.textContent).join(""); }
  querySelector(selector) { return byClass[selector] || (byClass[selector] = new Node_("x")); }
  querySelectorAll() { return []; }
}
const byClass = {};
const dataNode = new Node_("script");
const root = new Node_("div");
globalThis.document = {
  createElement: (tag) => new Node_(tag),
  createTextNode: (text) => { const n = new Node_("#text"); n._text = String(text); return n; },
  getElementById: (id) => (id === "stepper" ? root : dataNode),
};
module.exports = { root, dataNode, byClass };
