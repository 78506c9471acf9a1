// Copy buttons of the report: one suggestion, or every suggestion of "Toevoegen of vervangen".
// The buttons are hidden until this runs, so a reader without scripts sees plain, selectable text.
(function () {
  function textOf(button) {
    if (button.getAttribute("data-copy") === "all") {
      var parts = document.querySelectorAll("#toevoegen .paste");
      return Array.prototype.map.call(parts, function (el) { return el.textContent.trim(); }).join("\n\n");
    }
    var el = document.getElementById(button.getAttribute("data-copy"));
    return el ? el.textContent.trim() : "";
  }
  function done(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-done");
    setTimeout(function () { button.textContent = label; }, 1500);
  }
  function fallback(text, button) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { if (document.execCommand("copy")) { done(button); } } catch (e) { /* selection stays */ }
    document.body.removeChild(area);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) { return; }
    var text = textOf(button);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(button); }, function () { fallback(text, button); });
    } else {
      fallback(text, button);
    }
  });
  document.querySelectorAll("button[data-copy]").forEach(function (b) { b.hidden = false; });
})();
