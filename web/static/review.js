// Review page: collect the edited dossier from the fields, re-check it at once, show findings beside their
// fields, apply a suggestion in one click, add/remove rows, save a revision (staff) and download forms.
(function () {
  "use strict";
  const form = document.getElementById("dossier-form");
  const stateNode = document.getElementById("review-state");
  if (!form || !stateNode) return;
  const state = JSON.parse(stateNode.textContent);
  const words = state.text;
  const status = document.getElementById("action-status");
  let report = state.report;
  let dirty = false;
  let timer = null;
  let sequence = 0;

  // ---- paths -------------------------------------------------------------------------------------------
  function parse(path) {
    const parts = [];
    path.replace(/([^.[\]]+)|\[(\d+)\]/g, function (_, key, index) {
      parts.push(index !== undefined ? Number(index) : key);
      return "";
    });
    return parts;
  }
  function setAt(target, path, value) {
    const parts = parse(path);
    let node = target;
    for (let i = 0; i < parts.length - 1; i++) {
      if (node[parts[i]] === undefined || node[parts[i]] === null || typeof node[parts[i]] !== "object") {
        node[parts[i]] = typeof parts[i + 1] === "number" ? [] : {};
      }
      node = node[parts[i]];
    }
    if (value === undefined) delete node[parts[parts.length - 1]];
    else node[parts[parts.length - 1]] = value;
  }
  function getAt(target, path) {
    return parse(path).reduce(function (node, key) { return node == null ? undefined : node[key]; }, target);
  }
  function prune(value) {
    if (Array.isArray(value)) return value;
    if (value && typeof value === "object") {
      for (const key of Object.keys(value)) {
        const child = prune(value[key]);
        const empty = child && typeof child === "object" && Object.keys(child).length === 0;
        if (child === undefined || empty) delete value[key]; else value[key] = child;
      }
    }
    return value;
  }

  // ---- values ------------------------------------------------------------------------------------------
  function valueOf(input, previous) {
    const type = input.dataset.type;
    if (type === "boolean") return input.checked ? true : (previous === false ? false : undefined);
    const text = input.value.normalize("NFC").trim();
    if (text === "") return undefined;
    if (type === "integer") return /^\d+$/.test(text) ? Number(text) : text;
    if (type === "lines") {
      const lines = text.split("\n").map(function (line) { return line.trim(); }).filter(Boolean);
      return lines.length ? lines : undefined;
    }
    return text;
  }
  function collect() {
    const data = JSON.parse(JSON.stringify(state.data || {}));
    for (const input of form.querySelectorAll("[data-path]")) {
      if (input.closest("[data-item]")) continue;
      setAt(data, input.dataset.path, valueOf(input, getAt(data, input.dataset.path)));
    }
    for (const list of form.querySelectorAll("[data-list]")) {
      const rows = [];
      for (const item of list.querySelectorAll(":scope > .items > [data-item]")) {
        const row = JSON.parse(item.dataset.original || "{}");
        for (const input of item.querySelectorAll("[data-key]")) {
          const value = valueOf(input, row[input.dataset.key]);
          if (value === undefined) delete row[input.dataset.key]; else row[input.dataset.key] = value;
        }
        if (Object.keys(row).length) rows.push(row);
      }
      setAt(data, list.dataset.list, rows.length ? rows : undefined);
    }
    return prune(data);
  }

  // ---- findings ----------------------------------------------------------------------------------------
  function anchorFor(path) {
    let current = path;
    while (current) {
      const found = form.querySelector('[data-anchor="' + CSS.escape(current) + '"]');
      if (found) return found;
      const cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
      current = cut > 0 ? current.slice(0, cut) : "";
    }
    return null;
  }
  function findingItem(finding, compact) {
    const item = document.createElement("li");
    item.className = "finding " + finding.severity;
    item.dataset.field = finding.field || "";
    item.dataset.rule = finding.rule;
    const parts = [["severity", words[finding.severity]],
      ["message", state.language === "vi" ? finding.message : finding.message_en], ["basis", finding.basis]];
    for (const [name, text] of parts) {
      const span = document.createElement("span");
      span.className = name;
      span.textContent = text;
      item.appendChild(span);
    }
    if (finding.field && !compact) {
      const link = document.createElement("a");
      link.className = "goto";
      link.href = "#f-" + finding.field;
      link.textContent = finding.field;
      item.appendChild(link);
    }
    if (finding.suggestion) {
      const span = document.createElement("span");
      span.className = "suggestion";
      span.textContent = words.suggestion + ": “" + finding.suggestion + "”";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "apply";
      button.dataset.suggestion = finding.suggestion;
      button.textContent = words.apply;
      item.append(span, button);
    }
    return item;
  }
  function showReport(next) {
    report = next;
    const list = document.getElementById("findings");
    list.replaceChildren(...next.findings.map(function (finding) { return findingItem(finding, false); }));
    for (const box of form.querySelectorAll(".field-findings")) box.replaceChildren();
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    for (const finding of next.findings) {
      const anchor = finding.field ? anchorFor(finding.field) : null;
      if (!anchor) continue;
      anchor.querySelector(":scope > .field-findings").appendChild(findingItem(finding, true));
      const control = anchor.querySelector("input, select, textarea");
      if (control && finding.severity === "error") control.setAttribute("aria-invalid", "true");
    }
    const summary = document.getElementById("summary");
    summary.classList.toggle("ready", next.summary.ready);
    summary.classList.toggle("not-ready", !next.summary.ready);
    summary.querySelector(".verdict").textContent = next.summary.ready ? words.ready : words.not_ready;
    for (const severity of ["error", "warning", "info"]) {
      summary.querySelector('[data-count="' + severity + '"]').textContent = next.summary[severity];
    }
  }
  async function revalidate() {
    const mine = ++sequence;
    try {
      const response = await fetch(state.urls.validate, {
        method: "POST", headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({dossier: collect()}),
      });
      if (!response.ok) throw new Error(String(response.status));
      const next = await response.json();
      if (mine === sequence) showReport(Object.assign(next, {documents: state.documents}));
    } catch (error) {
      status.textContent = words.failed;
    }
  }
  function changed() {
    dirty = true;
    if (state.mode === "stored") status.textContent = words.unsaved;
    window.clearTimeout(timer);
    timer = window.setTimeout(revalidate, 250);
  }

  // ---- suggestions and rows ----------------------------------------------------------------------------
  function applySuggestion(button) {
    const field = button.closest(".finding").dataset.field;
    const anchor = form.querySelector('[data-anchor="' + CSS.escape(field) + '"]');
    const control = anchor && anchor.querySelector("input:not([type=checkbox]), select, textarea");
    if (!control) return;
    if (control.tagName === "SELECT" && ![...control.options].some(function (o) { return o.value === button.dataset.suggestion; })) {
      control.add(new Option(button.dataset.suggestion, button.dataset.suggestion));
    }
    control.value = button.dataset.suggestion;
    control.closest("details") && (control.closest("details").open = true);
    control.focus();
    changed();
  }
  function renumber(list) {
    const base = list.dataset.list;
    const pattern = new RegExp("^(f-)?" + base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "\\[(\\d+|__i__)\\]");
    list.querySelectorAll(":scope > .items > [data-item]").forEach(function (item, index) {
      for (const node of [item, ...item.querySelectorAll("[data-anchor], [id], [for], [aria-describedby]")]) {
        for (const attribute of ["data-anchor", "id", "for", "aria-describedby"]) {
          const value = node.getAttribute(attribute);
          if (value) node.setAttribute(attribute, value.replace(pattern, function (_, f) { return (f || "") + base + "[" + index + "]"; }));
        }
      }
    });
  }
  function addRow(list) {
    const template = list.querySelector(":scope > template");
    const row = template.content.firstElementChild.cloneNode(true);
    list.querySelector(":scope > .items").appendChild(row);
    renumber(list);
    const first = row.querySelector("input, select, textarea");
    if (first) first.focus();
  }

  // ---- downloads and saving ----------------------------------------------------------------------------
  function fileName(response, fallback) {
    const header = response.headers.get("Content-Disposition") || "";
    const match = /filename\*=UTF-8''([^;]+)/i.exec(header);
    return match ? decodeURIComponent(match[1]) : fallback;
  }
  function saveBlob(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }
  async function download(url, fallback) {
    if (state.mode === "stored") {
      if (dirty) { status.textContent = words.save_first; return; }
      window.location.assign(url);
      return;
    }
    status.textContent = words.downloading;
    try {
      const response = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({dossier: collect()})});
      if (!response.ok) {
        const problem = await response.json().catch(function () { return {}; });
        throw new Error(problem.error ? (state.language === "vi" ? problem.error.message : problem.error.message_en) : words.failed);
      }
      saveBlob(await response.blob(), fileName(response, fallback));
      status.textContent = "";
    } catch (error) {
      status.textContent = error.message || words.failed;
    }
  }
  function withFormat(url) {
    return url + (url.includes("?") ? "&" : "?") + "format=" + document.getElementById("form-format").value;
  }
  async function save() {
    try {
      const response = await fetch(state.urls.save, {method: "POST",
        headers: {"Content-Type": "application/json", "X-CSRFToken": state.csrf, "Accept": "application/json"},
        body: JSON.stringify({dossier: collect()})});
      if (response.status !== 201) throw new Error(String(response.status));
      const saved = await response.json();
      dirty = false;
      status.textContent = words.saved + " (" + saved.revision + ")";
      window.location.assign(saved.url);
    } catch (error) {
      status.textContent = words.failed;
    }
  }
  function printReport() {
    if (state.mode === "stored") { window.open(state.urls.print, "_blank"); return; }
    const post = document.createElement("form");
    post.method = "post";
    post.action = state.urls.print;
    post.target = "_blank";
    for (const [name, value] of [["csrf_token", state.csrf], ["dossier", JSON.stringify(collect())],
      ["documents", JSON.stringify(state.documents || [])]]) {
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = name;
      field.value = value;
      post.appendChild(field);
    }
    document.body.appendChild(post);
    post.submit();
    post.remove();
  }

  // ---- wiring ------------------------------------------------------------------------------------------
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  document.addEventListener("click", function (event) {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.matches("button.apply")) applySuggestion(target);
    else if (target.matches("button.add-item")) { addRow(target.closest("[data-list]")); changed(); }
    else if (target.matches("button.remove-item")) {
      const list = target.closest("[data-list]");
      target.closest("[data-item]").remove();
      renumber(list);
      changed();
    }
  });
  const formChoice = document.getElementById("form-choice");
  document.getElementById("download-form").addEventListener("click", function () {
    download(withFormat(state.urls.form.replace("FORM", formChoice.value)), formChoice.value + ".docx");
  });
  document.getElementById("download-all").addEventListener("click", function () {
    download(withFormat(state.urls.all), "ho-so.zip");
  });
  document.getElementById("download-report").addEventListener("click", function () {
    if (state.urls.report && !dirty) { window.location.assign(state.urls.report); return; }
    saveBlob(new Blob([JSON.stringify(report, null, 2)], {type: "application/json"}), "bao-cao.json");
  });
  document.getElementById("print-report").addEventListener("click", printReport);
  const saveButton = document.getElementById("save");
  if (saveButton) saveButton.addEventListener("click", save);
  window.addEventListener("beforeunload", function (event) {
    if (dirty && state.mode === "stored") event.preventDefault();
  });
  showReport(report);
})();
