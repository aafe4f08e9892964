
(function () {
  "use strict";
  // The page works without this script (everything is shown); with it, one evidence panel and
  // one source text are shown at a time. It never builds markup from strings: it only moves
  // focus and switches classes and attributes on elements the page already holds.
  var doc = document;
  var root = doc.documentElement;
  root.classList.add("js");

  var grid = doc.getElementById("grid");
  var empty = doc.getElementById("details-empty");
  var cells = Array.prototype.slice.call(doc.querySelectorAll(".cell-button"));
  var tabs = Array.prototype.slice.call(doc.querySelectorAll("[role=tab]"));
  var openPanel = null;
  var returnFocus = null;

  function byId(id) { return doc.getElementById(id); }

  function cellFor(panel) { return byId(panel.getAttribute("data-cell")); }

  function closeDetail(restore) {
    if (!openPanel) { return; }
    var cell = cellFor(openPanel);
    openPanel.classList.remove("open");
    if (cell) { cell.setAttribute("aria-expanded", "false"); }
    openPanel = null;
    if (empty) { empty.hidden = false; }
    if (restore && returnFocus && doc.body.contains(returnFocus)) { returnFocus.focus(); }
    returnFocus = null;
  }

  function openDetail(cell, trigger) {
    var panel = byId(cell.getAttribute("aria-controls"));
    if (!panel) { return; }
    if (openPanel === panel) { closeDetail(true); return; }
    closeDetail(false);
    panel.classList.add("open");
    cell.setAttribute("aria-expanded", "true");
    if (empty) { empty.hidden = true; }
    openPanel = panel;
    returnFocus = trigger || cell;
    var heading = panel.querySelector("h3");
    if (heading) {
      heading.focus({ preventScroll: true });
      panel.scrollIntoView({ block: "nearest" });
    }
  }

  cells.forEach(function (cell) {
    cell.addEventListener("click", function () { openDetail(cell, cell); });
  });

  Array.prototype.forEach.call(doc.querySelectorAll(".open-detail"), function (button) {
    button.addEventListener("click", function () {
      var cell = byId(button.getAttribute("data-cell"));
      if (cell) { openDetail(cell, button); }
    });
  });

  Array.prototype.forEach.call(doc.querySelectorAll(".close-detail"), function (button) {
    button.addEventListener("click", function () { closeDetail(true); });
  });

  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && openPanel) {
      event.preventDefault();
      closeDetail(true);
    }
  });

  // Arrow keys move between the cells of the table.
  var columns = grid ? grid.querySelectorAll("thead th").length - 3 : 0;
  if (grid) {
    grid.addEventListener("keydown", function (event) {
      var index = cells.indexOf(event.target);
      if (index < 0 || columns < 1) { return; }
      var step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns }[event.key];
      if (!step) { return; }
      var next = index + step;
      while (next >= 0 && next < cells.length && !visible(cells[next])) { next += step; }
      if (next >= 0 && next < cells.length) {
        event.preventDefault();
        cells[next].focus();
      }
    });
  }

  function visible(element) {
    return element.offsetParent !== null && getComputedStyle(element).visibility !== "hidden";
  }

  // The filter: the table's data-filter attribute drives the style sheet.
  var status = byId("filter-status");
  function applyFilter(value) {
    if (!grid) { return; }
    grid.setAttribute("data-filter", value);
    var rows = grid.querySelectorAll("tbody tr.fact-row");
    var shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      if (row.offsetParent !== null) { shown += 1; }
    });
    if (status) {
      status.textContent = value === "all" ? "" : "showing " + shown + " of " + rows.length + " facts";
    }
  }
  Array.prototype.forEach.call(doc.querySelectorAll("input[name=filter]"), function (input) {
    input.addEventListener("change", function () { if (input.checked) { applyFilter(input.value); } });
    if (input.checked) { applyFilter(input.value); }
  });

  // Source texts: tabs, one shown at a time.
  function selectSource(panelId, focusTab) {
    tabs.forEach(function (tab) {
      var selected = tab.getAttribute("aria-controls") === panelId;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
      if (selected && focusTab) { tab.focus(); }
    });
    Array.prototype.forEach.call(doc.querySelectorAll(".source"), function (panel) {
      panel.classList.toggle("selected", panel.id === panelId);
    });
  }
  tabs.forEach(function (tab, index) {
    tab.addEventListener("click", function () { selectSource(tab.getAttribute("aria-controls"), false); });
    tab.addEventListener("keydown", function (event) {
      var step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
      if (!step) { return; }
      event.preventDefault();
      var next = tabs[(index + step + tabs.length) % tabs.length];
      selectSource(next.getAttribute("aria-controls"), true);
    });
  });
  if (tabs.length) { selectSource(tabs[0].getAttribute("aria-controls"), false); }

  function showSource(panelId, markId) {
    selectSource(panelId, false);
    var target = markId ? byId(markId) : byId(panelId);
    if (!target) { return; }
    target.scrollIntoView({ block: "center" });
    if (markId) {
      target.classList.add("flash");
      setTimeout(function () { target.classList.remove("flash"); }, 1600);
    }
    var heading = byId(panelId + "-heading");
    if (!markId && heading) { heading.setAttribute("tabindex", "-1"); heading.focus({ preventScroll: true }); }
  }

  Array.prototype.forEach.call(doc.querySelectorAll(".source-link"), function (button) {
    button.addEventListener("click", function () { showSource(button.getAttribute("data-source"), ""); });
  });
  Array.prototype.forEach.call(doc.querySelectorAll(".show-in-source"), function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      showSource(link.getAttribute("data-source"), link.getAttribute("href").slice(1));
    });
  });
})();
