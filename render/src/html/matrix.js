(function () {
  "use strict";
  var doc = document;
  var panel = doc.getElementById("panel");
  var current = null;
  var shown = null;
  var quiet = false;
  doc.documentElement.classList.add("js");

  function open(cell, focusPanel) {
    var detail = doc.getElementById(cell.getAttribute("aria-controls"));
    if (!detail || !panel) return;
    if (current !== cell) {
      if (current) {
        current.classList.remove("current");
        current.setAttribute("aria-expanded", "false");
      }
      if (shown) shown.classList.remove("shown");
      cell.classList.add("current");
      cell.setAttribute("aria-expanded", "true");
      detail.classList.add("shown");
      current = cell;
      shown = detail;
      panel.scrollTop = 0;
    }
    panel.classList.add("open");
    doc.body.classList.add("panel-open");
    // Keep the cell in sight beside the panel.
    var box = cell.getBoundingClientRect();
    if (box.right > window.innerWidth - panel.offsetWidth && panel.offsetWidth < window.innerWidth) {
      cell.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    if (focusPanel) detail.focus();
  }

  function close() {
    if (!panel) return;
    panel.classList.remove("open");
    doc.body.classList.remove("panel-open");
    if (current) {
      current.setAttribute("aria-expanded", "false");
      quiet = true;
      current.focus({ preventScroll: true });
      quiet = false;
    }
  }

  doc.addEventListener("click", function (e) {
    var cell = e.target.closest("a.cell");
    if (cell) {
      e.preventDefault();
      open(cell, false);
    } else if (e.target.closest("#panel-close")) {
      e.preventDefault();
      close();
    }
  });

  doc.addEventListener("focusin", function (e) {
    if (!quiet && e.target.matches && e.target.matches("a.cell")) open(e.target, false);
  });

  doc.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      if (panel && panel.classList.contains("open")) close();
      return;
    }
    var t = e.target;
    if (!t.matches || !t.matches("a.cell")) return;
    var p = +t.getAttribute("data-p");
    var o = +t.getAttribute("data-o");
    var moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(t, true);
    } else if (moves[e.key]) {
      var next = doc.getElementById("c" + (p + moves[e.key][0]) + "-" + (o + moves[e.key][1]));
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  });
})();
