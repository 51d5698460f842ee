// The bar chart of a result or a running tally: plain DOM bars, lengths set through the CSSOM (the content
// security policy forbids style attributes), numbers as text so they read without the bars.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { chartData } from './polls.js';

/**
 * resultChart({ yes, no, abstain }, { testid, adopted, caption }) → <figure>
 * data-yes/-no/-abstain (and data-adopted when given) let tests read the numbers.
 */
export function resultChart(counts, { testid, adopted, caption } = {}) {
  const data = chartData(counts);
  const rows = data.bars.map((bar) => {
    const fill = h('span', { class: 'bar__fill' });
    fill.style.width = `${(bar.share * 100).toFixed(1)}%`;
    return h('li', { class: `bar bar--${bar.choice.toLowerCase()}` },
      h('span', { class: 'bar__label' }, t(`poll.choice.${bar.choice}`)),
      h('span', { class: 'bar__track', attrs: { 'aria-hidden': 'true' } }, fill),
      h('span', { class: 'bar__value' },
        h('strong', { class: 'bar__count' }, String(bar.count)),
        h('span', { class: 'bar__percent' }, t('poll.percent', { percent: bar.percent }))));
  });
  const dataset = {
    yes: String(data.bars[0].count),
    no: String(data.bars[1].count),
    abstain: String(data.bars[2].count),
  };
  if (testid) dataset.testid = testid;
  if (adopted !== undefined) dataset.adopted = String(adopted);
  return h('figure', { class: 'chart', dataset },
    h('ul', { class: 'chart__bars' }, rows),
    h('figcaption', { class: 'chart__caption' }, caption ?? t('poll.votesCast', { count: data.total })));
}
