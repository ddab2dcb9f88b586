// Job page: poll the reading job's status, show its progress, go to the review page when it is done.
(function () {
  "use strict";
  const box = document.getElementById("job");
  if (!box) return;
  const bar = document.getElementById("job-progress");
  const text = document.getElementById("job-text");
  const failure = document.getElementById("job-error");
  if (box.dataset.next) { window.location.assign(box.dataset.next); return; }

  async function poll() {
    try {
      const response = await fetch(box.dataset.statusUrl, {headers: {"Accept": "application/json"}});
      if (!response.ok) throw new Error(String(response.status));
      const job = await response.json();
      bar.value = job.percent;
      if (job.current) text.textContent = job.current + " — " + job.percent + "%";
      if (job.status === "done" && job.next) { window.location.assign(job.next); return; }
      if (job.status === "failed") { failure.textContent = job.error; failure.hidden = false; return; }
    } catch (error) {
      failure.textContent = String(error);
      failure.hidden = false;
    }
    window.setTimeout(poll, 700);
  }
  poll();
})();
