/* The search page: loads Pagefind's UI (written into pagefind/ after the build, when Pagefind is installed).
   Pagefind fetches its index, which browsers refuse from file://: there, and when the index is missing, a note says
   so and the site stays browsable by its sections. */
(function () {
  var box = document.getElementById("search"), note = document.getElementById("search-unavailable");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle");
  function unavailable() { note.hidden = false; }
  if (location.protocol === "file:") { unavailable(); return; }
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = bundle + "pagefind-ui.css";
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onerror = unavailable;
  script.onload = function () {
    document.head.appendChild(css);
    /* global PagefindUI */
    new PagefindUI({ element: "#search", bundlePath: bundle, showSubResults: true, showImages: false, resetStyles: false,
                     autofocus: true, translations: { placeholder: "搜索本站", zero_results: "没有找到“[SEARCH_TERM]”" } });
    // A visible label for the search box (Pagefind's has only a placeholder).
    var tries = 0;
    (function label() {
      var input = box.querySelector("input[type=text], input[type=search], input");
      if (!input) { if (tries++ < 100) setTimeout(label, 50); return; }
      input.id = input.id || "search-input";
      var text = document.createElement("label");
      text.setAttribute("for", input.id);
      text.className = "search-label";
      text.textContent = "搜索关键词";
      box.insertBefore(text, box.firstChild);
    })();
  };
  document.head.appendChild(script);
})();
