/* Noticeboard: the optional scripts of the default theme. Every page reads fully without them.
   关怀模式 (large text for elderly readers): remembered in localStorage, so it carries across pages over HTTP and
   from file:// (where the browser shares one storage for local files, as Chromium does). Without JavaScript the
   header's 关怀模式 link targets #care and the CSS enlarges that page only (:target).
   朗读 (read aloud): shown on notices only when the browser has a Chinese speech-synthesis voice. */
(function () {
  var root = document.documentElement, key = "noticeboard-care";
  root.classList.add("js");
  function stored() { try { return localStorage.getItem(key) === "1"; } catch (e) { return false; } }
  function store(on) { try { if (on) localStorage.setItem(key, "1"); else localStorage.removeItem(key); } catch (e) { /* private mode */ } }
  // #care (the no-JavaScript link, or a bookmark) turns the mode on and remembers it.
  if (location.hash === "#care") store(true);
  if (stored()) root.classList.add("care");

  function setUpCare() {
    var button = document.querySelector(".care-button");
    if (!button) return;
    function show() {
      var on = root.classList.contains("care");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "标准模式" : "关怀模式";
    }
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var on = !root.classList.contains("care");
      root.classList.toggle("care", on);
      store(on);
      // Leaving the mode also drops #care, whose :target style would keep the page large.
      if (!on && location.hash === "#care" && history.replaceState) history.replaceState(null, "", location.pathname + location.search);
      show();
    });
  }

  function chineseVoice() {
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (/^zh([-_]CN|[-_]Hans|$)/i.test(voices[i].lang)) return voices[i];
    }
    for (var k = 0; k < voices.length; k++) {
      if (/^(zh|cmn)/i.test(voices[k].lang)) return voices[k];
    }
    return null;
  }

  function setUpReadAloud() {
    var button = document.querySelector(".read-aloud");
    if (!button || !("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) return;
    var synth = window.speechSynthesis;
    function offer() {
      var voice = chineseVoice();
      if (!voice) return;
      button.hidden = false;
      button.onclick = function () {
        if (synth.speaking) {
          synth.cancel();
          return;
        }
        var article = document.querySelector(button.getAttribute("data-read")) || document.querySelector("main");
        var parts = [];
        article.querySelectorAll("h1, .notice-meta, .publicity-box, .notice-body p, .notice-body li, .notice-body h2, .notice-body h3, .notice-body td, .signature p")
          .forEach(function (el) { parts.push(el.textContent.replace(/\s+/g, " ").trim()); });
        var speech = new SpeechSynthesisUtterance(parts.join("。\n"));
        speech.lang = "zh-CN";
        speech.voice = voice;
        speech.rate = 0.9;
        speech.onend = speech.onerror = function () { button.textContent = "朗读"; button.setAttribute("aria-pressed", "false"); };
        button.textContent = "停止朗读";
        button.setAttribute("aria-pressed", "true");
        synth.speak(speech);
      };
    }
    offer();
    if (typeof synth.addEventListener === "function") synth.addEventListener("voiceschanged", offer);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCare();
    setUpReadAloud();
  });
})();
