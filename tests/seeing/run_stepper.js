// Runs the stepper's script (clearpy.tracing.stepper.SCRIPT) under node, on
// the small DOM stand-in, and prints what it shows after N clicks on "▶".
// Usage: node run_stepper.js SCRIPT.js DATA.json N
const fs = require("fs");
const { dataNode, byClass } = require("./stepper_dom_stub.js");
const [script, data, clicks] = process.argv.slice(2);
dataNode._text = fs.readFileSync(data, "utf8");
eval(fs.readFileSync(script, "utf8"));
for (let i = 0; i < Number(clicks); i++) byClass[".forward"].onclick();
console.log(byClass[".position"].textContent);
console.log(byClass[".view"].textContent);
