// cellar's projector page: follow the session through /events (each update
// carries the server-rendered, escaped HTML of the sections that changed),
// and switch between the light and dark themes.
(function () {
  var status = document.getElementById("status");
  var history = document.getElementById("history");
  var root = document.documentElement;
  var saved = null;
  try { saved = localStorage.getItem("cellar-theme"); } catch (e) {}
  if (saved) { root.dataset.theme = saved; }
  document.getElementById("theme").addEventListener("click", function () {
    var dark = root.dataset.theme === "dark" ||
      (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
    root.dataset.theme = dark ? "light" : "dark";
    try { localStorage.setItem("cellar-theme", root.dataset.theme); } catch (e) {}
  });
  if (!window.EventSource) { return; }
  var events = new EventSource("/events");
  events.addEventListener("update", function (e) {
    var parts = JSON.parse(e.data);
    Object.keys(parts).forEach(function (id) {
      var section = document.getElementById(id);
      if (section) { section.innerHTML = parts[id]; }
    });
    if (parts.history !== undefined) { history.scrollTop = history.scrollHeight; }
    status.textContent = "live";
    status.className = "";
  });
  events.addEventListener("error", function () {
    status.textContent = "reconnecting…";
    status.className = "off";
  });
  history.scrollTop = history.scrollHeight;
})();
