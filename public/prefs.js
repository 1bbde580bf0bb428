// Text size and outreach mode, applied to <html> before the first paint. A classic script in
// <head> (the CSP allows no inline script): it blocks rendering, so it is tiny. The keys and
// values are those of src/app/textSize.ts and src/features/outreach/outreach.ts.
(function () {
  var root = document.documentElement;
  var sizes = { normal: 100, large: 125, larger: 150, largest: 200 };
  try {
    var size = localStorage.getItem('qadam.textSize');
    if (size && sizes[size]) root.style.setProperty('--text-scale', String(sizes[size]));
    var outreach = JSON.parse(localStorage.getItem('qadam.outreach') || 'null');
    if (outreach && outreach.on === true) root.classList.add('outreach');
  } catch (e) {
    // storage blocked (private mode): defaults
  }
})();
