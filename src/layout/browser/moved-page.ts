// A former address with a #section: the meta refresh would drop the section, so go on with
// it (a section's id is the same at the new address). Runs before the page has loaded, so
// before the refresh is due; without a section, or without JavaScript, the refresh leads on.
const target = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
if (target && window.location.hash) window.location.replace(`${target.pathname}${window.location.hash}`);
