using System.Text.Json;
using Microsoft.Playwright;

namespace OnlineMinisterial.E2E;

/// <summary>
/// What a page shows in a language other than English, read in the page itself: English catalogue text left on it
/// (text nodes and the placeholder, label and title attributes, compared with every English value the language
/// words differently), delegations still under their English name, and elements whose content is wider than
/// their box (text longer in Russian or French than the layout allows).
/// </summary>
public static class PageLanguageCheck
{
    public sealed record Finding(string Lang, string Dir, string[] English, string[] EnglishNames, string[] Overflowing);

    /// <summary>delegations: the names as entered (English), by code.</summary>
    public static async Task<Finding> RunAsync(IPage page, IEnumerable<(string Code, string Name)> delegations)
    {
        var found = await page.EvaluateAsync<JsonElement>(Script, delegations.Select(d => new { code = d.Code, name = d.Name }).ToArray());
        string[] List(string name) => [.. found.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];
        return new Finding(found.GetProperty("lang").GetString() ?? "", found.GetProperty("dir").GetString() ?? "",
            List("english"), List("englishNames"), List("overflowing"));
    }

    private const string Script = """
        async (delegations) => {
          const lang = document.documentElement.lang;
          const { PARTS } = await import('/js/languages.js');
          const { delegationName } = await import('/js/names.js');
          const load = async (code) => Object.assign({}, ...await Promise.all(PARTS.map(async (p) => (await import(`/js/i18n/${code}${p}.js`)).default)));
          const [en, own] = await Promise.all([load('en'), load(lang)]);
          const forms = (v) => (v == null ? [] : typeof v === 'string' ? [v] : Object.values(v));
          const exact = new Set();
          const patterns = [];
          const escape = (s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          // A text this language also uses, under any key, is the same word in it ("Votes", "Session" in French).
          const theirs = new Set(Object.values(own).flatMap(forms));
          for (const value of Object.values(en)) {
            for (const text of forms(value)) {
              if (theirs.has(text)) continue;
              const literal = text.replace(/\{\w+\}/g, '');
              if (!/[A-Za-z]{3}/.test(literal)) continue;
              if (text.includes('{')) patterns.push(new RegExp(`^${text.trim().split(/\{\w+\}/).map(escape).join('.*')}$`, 's'));
              else exact.add(text.trim());
            }
          }
          const isEnglish = (text) => exact.has(text) || patterns.some((p) => p.test(text));

          // Text meant to stay in another language (the language menu's native names, anything marked lang="en").
          const foreign = (el) => { const marked = el.closest('[lang]'); return marked && marked !== document.documentElement && marked.lang !== lang; };
          const shown = (el) => el && el.checkVisibility({ checkVisibilityCSS: true }) && !foreign(el)
            && !el.closest('[data-testid="language-menu"], script, style');
          const where = (el) => {
            const id = el.closest('[data-testid]')?.dataset.testid;
            return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}${id ? ` in ${id}` : ''}`;
          };

          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const text = node.nodeValue.replace(/\s+/g, ' ').trim();
            const el = node.parentElement;
            if (!text || !el) continue;
            if (el.tagName === 'OPTION' ? shown(el.closest('select')) : shown(el)) texts.push([text, el]);
          }
          for (const el of document.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {
            if (!shown(el)) continue;
            for (const attr of ['placeholder', 'aria-label', 'title', 'alt']) {
              const value = el.getAttribute(attr)?.trim();
              if (value) texts.push([value, el, attr]);
            }
          }
          const english = [...new Set(texts.filter(([text]) => isEnglish(text)).map(([text, el, attr]) => `"${text}" (${where(el)}${attr ? ` @${attr}` : ''})`))];

          const renamed = delegations.filter((d) => delegationName(d) !== d.name);
          // A name standing alone, or between separators ("KAZ · Kazakhstan", "Kazakhstan (KAZ)"); not inside a phrase
          // such as a person's name ("Head of Delegation, Kazakhstan"), which is what the person is called.
          const segments = (text) => text.split(/\s+·\s+|\s*[:：]\s+|\s+–\s+|\s*[()]\s*/).map((s) => s.trim());
          const englishNames = [];
          for (const [text, el, attr] of texts)
            for (const d of renamed) if (text === d.name || segments(text).includes(d.name))
              englishNames.push(`${d.code} "${d.name}" in "${text}" (${where(el)}${attr ? ` @${attr}` : ''})`);

          const overflowing = [];
          if (document.documentElement.scrollWidth > window.innerWidth + 1)
            overflowing.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
          for (const el of document.body.querySelectorAll('*')) {
            if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'svg'].includes(el.tagName) || el.closest('svg, .visually-hidden') || !el.checkVisibility()) continue;
            const style = getComputedStyle(el);
            if (style.display === 'inline' || style.display === 'contents' || el.clientWidth === 0) continue;
            if (['auto', 'scroll'].includes(style.overflowX)) continue; // it scrolls on purpose (a wide table's wrapper)
            if (el.scrollWidth <= el.clientWidth + 1) continue;
            // A name cut with an ellipsis that keeps the whole in its title is a choice; anything else is text that does not fit.
            if (style.textOverflow === 'ellipsis' && el.title) continue;
            // Report where the overflow starts: an element whose own children all fit.
            if ([...el.children].some((c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).display !== 'inline')) continue;
            overflowing.push(`${where(el)}: ${el.scrollWidth} > ${el.clientWidth} "${el.textContent.trim().slice(0, 60)}"`);
          }
          return { lang, dir: document.documentElement.dir, english, englishNames: [...new Set(englishNames)], overflowing };
        }
        """;
}
