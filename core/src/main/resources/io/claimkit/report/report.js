// ClaimKit report: selecting a claim shows its parts and links it to the claims other articles align with it.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimkit-data").textContent);
  var inspector = document.getElementById("inspector");
  var pinned = null;

  // Every segment of every claim, by document and claim index.
  var segments = data.documents.map(function () { return {}; });
  document.querySelectorAll("article.doc").forEach(function (article) {
    var doc = +article.dataset.doc;
    article.querySelectorAll(".seg[data-c]").forEach(function (seg) {
      seg.dataset.c.split(" ").forEach(function (c) {
        (segments[doc][c] = segments[doc][c] || []).push(seg);
      });
    });
  });

  function badge(doc, claim) {
    return document.querySelector('#doc' + doc + ' .badge[data-claim="' + claim + '"]');
  }

  function linksOf(doc, claim) {
    return (data.pairs || []).filter(function (p) {
      return (p.a.doc === doc && p.a.claim === claim) || (p.b.doc === doc && p.b.claim === claim);
    });
  }

  function clear() {
    document.querySelectorAll(".hl, .partner, .badge.selected, tr.pair.selected").forEach(function (el) {
      el.classList.remove("hl", "partner", "selected");
    });
  }

  function mark(doc, claim, cls) {
    (segments[doc][claim] || []).forEach(function (seg) { seg.classList.add(cls); });
    var b = badge(doc, claim);
    if (b) { b.classList.add("selected"); }
  }

  function select(doc, claim) {
    clear();
    mark(doc, claim, "hl");
    linksOf(doc, claim).forEach(function (p) {
      var other = p.a.doc === doc && p.a.claim === claim ? p.b : p.a;
      mark(other.doc, other.claim, "partner");
      var row = document.querySelector('tr.pair[data-pair="' + data.pairs.indexOf(p) + '"]');
      if (row) { row.classList.add("selected"); }
    });
    render(doc, claim);
  }

  function reveal(doc, claim) {
    var first = (segments[doc][claim] || [])[0];
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function number(x) { return x === undefined ? null : String(x); }

  function interval(q) {
    var low = number(q.low), high = number(q.high);
    if (low !== null && low === high) { return "[" + low + "]"; }
    return (low === null ? "(\u2212\u221e" : (q.low_inclusive === false ? "(" : "[") + low) + ", " +
      (high === null ? "\u221e)" : high + (q.high_inclusive === false ? ")" : "]"));
  }

  function row(name, value) {
    return value === undefined || value === null || value === "" ? "" : "<dt>" + esc(name) + "</dt><dd>" + value + "</dd>";
  }

  function part(p) { return p ? esc(p.text) : null; }

  function speaker(s) {
    if (!s) { return null; }
    return esc(s.text) + (s.resolves_to && s.resolves_to !== s.text ? " <span class=\"hint\">\u2192 " + esc(s.resolves_to) + "</span>" : "");
  }

  function label(doc, claim) {
    return data.documents[doc].letter + " \u00b7 " + data.documents[doc].labels[claim];
  }

  function clip(text, n) {
    text = text.replace(/\s+/g, " ").trim();
    return text.length <= n ? text : text.slice(0, n - 1) + "\u2026";
  }

  function render(doc, i) {
    var c = data.documents[doc].record.claims[i];
    var html = "<h2><span class=\"chip t-" + c.type + "\">" + esc(label(doc, i)) + "</span> " + esc(c.type) + " claim</h2>";
    html += "<p class=\"quote\">" + esc(clip(c.text, 400)) + "</p><dl>";
    if (c.type === "quantity") {
      var q = c.quantity;
      html += row("number", esc(q.text)) + row("value", esc(number(q.value))) + row("interval", esc(interval(q)));
      html += row("qualifier", esc(q.qualifier)) + row("unit", q.unit ? esc(q.unit) : null);
      html += row("measured", part(c.measured)) + row("place", part(c.location)) + row("time", part(c.time));
      html += row("speaker", speaker(c.speaker));
    } else if (c.type === "attribution") {
      html += row("speaker", speaker(c.speaker)) + row("cue", part(c.cue)) + row("content", part(c.content));
      html += row("quote", esc(c.direct));
    } else {
      html += row("actor", part(c.actor)) + row("predicate", part(c.predicate)) + row("object", part(c.object));
    }
    html += row("rule", "<code>" + esc(c.rule) + "</code>") + row("confidence", esc(c.confidence));
    html += row("span", esc(c.begin + "\u2013" + c.end)) + "</dl>";
    if (data.pairs) {
      var links = linksOf(doc, i);
      html += "<h3>Across the articles</h3>";
      if (!links.length) {
        html += "<p class=\"hint\">Only in article " + esc(data.documents[doc].letter) + ".</p>";
      }
      links.forEach(function (p) {
        var other = p.a.doc === doc && p.a.claim === i ? p.b : p.a;
        var o = data.documents[other.doc].record.claims[other.claim];
        html += "<div class=\"link\" data-doc=\"" + other.doc + "\" data-claim=\"" + other.claim + "\">" +
          "<span class=\"rel " + p.relation + "\">" + p.relation + "</span><span class=\"hint\">" + p.wording + "</span> " +
          "<button type=\"button\" class=\"chip t-" + o.type + "\" data-doc=\"" + other.doc + "\" data-claim=\"" + other.claim + "\">" +
          esc(label(other.doc, other.claim)) + "</button><div>" + esc(clip(o.text, 180)) + "</div>" +
          "<div class=\"hint\">" + esc(p.reason) + "</div></div>";
      });
    }
    inspector.innerHTML = html;
  }

  function target(el) {
    var seg = el.closest(".seg[data-top]");
    if (seg) { return { doc: +seg.closest("article.doc").dataset.doc, claim: +seg.dataset.top }; }
    var b = el.closest(".badge[data-claim]");
    if (b && b.closest("article.doc")) { return { doc: +b.closest("article.doc").dataset.doc, claim: +b.dataset.claim }; }
    return null;
  }

  document.addEventListener("mouseover", function (ev) {
    var t = target(ev.target);
    if (t) { select(t.doc, t.claim); }
  });
  document.addEventListener("mouseout", function (ev) {
    if (target(ev.target) && !(ev.relatedTarget && target(ev.relatedTarget))) {
      if (pinned) { select(pinned.doc, pinned.claim); } else { clear(); }
    }
  });
  document.addEventListener("click", function (ev) {
    var t = target(ev.target);
    var jump = ev.target.closest("[data-doc][data-claim]:not(article)");
    var pair = ev.target.closest("tr.pair");
    if (!t && jump) {
      t = { doc: +jump.dataset.doc, claim: +jump.dataset.claim };
      reveal(t.doc, t.claim);
    } else if (!t && pair) {
      var p = data.pairs[+pair.dataset.pair];
      t = { doc: p.a.doc, claim: p.a.claim };
      reveal(t.doc, t.claim);
    }
    if (t) {
      pinned = t;
      select(t.doc, t.claim);
    }
  });
})();
