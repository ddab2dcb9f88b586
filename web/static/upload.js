// Upload page: drop files on the zone (or choose them) and list what will be sent.
(function () {
  "use strict";
  const zone = document.getElementById("drop-zone");
  const input = document.getElementById("files");
  const list = document.getElementById("chosen-files");
  if (!zone || !input || !list) return;

  function show() {
    list.replaceChildren();
    for (const file of input.files) {
      const item = document.createElement("li");
      item.textContent = file.name + " (" + Math.max(1, Math.round(file.size / 1024)) + " KB)";
      list.appendChild(item);
    }
  }
  input.addEventListener("change", show);
  zone.addEventListener("dragover", function (event) {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
})();
