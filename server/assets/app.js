// Highlights, on an article page, every piece of the fact named by the
// URL's fragment (a fact's text may be cut into several marks), and the
// fact's entry in the list beside the text.
"use strict";
function highlight() {
  for (const el of document.querySelectorAll(".current")) el.classList.remove("current");
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  let first = null;
  for (const m of document.querySelectorAll("mark[data-f]")) {
    if (m.dataset.f.split(" ").includes(id)) {
      m.classList.add("current");
      first = first || m;
    }
  }
  for (const li of document.querySelectorAll("[data-for]")) {
    if (li.dataset.for === id) li.classList.add("current");
  }
  if (first) {
    first.setAttribute("tabindex", "-1");
    first.scrollIntoView({block: "center"});
    first.focus({preventScroll: true});
  }
}
window.addEventListener("hashchange", highlight);
document.addEventListener("DOMContentLoaded", highlight);
