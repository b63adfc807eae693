import { escapeHtml } from './charts.ts';
import type { SessionCoding } from './coding/code-session.ts';
import type { ClientCode, TherapistCode } from './coding/miti-vocabulary.ts';

/** The rows of the codes-across-the-session chart, top to bottom, and the codes each row shows. */
const ROWS: { label: string; codes: readonly (TherapistCode | ClientCode)[]; className: string }[] = [
  { label: 'open question', codes: ['question-open'], className: 'qo' },
  { label: 'closed question', codes: ['question-closed'], className: 'qc' },
  { label: 'complex reflection', codes: ['reflection-complex'], className: 'rc' },
  { label: 'simple reflection', codes: ['reflection-simple'], className: 'rs' },
  {
    label: 'MI-adherent',
    codes: ['affirm', 'seeking-collaboration', 'emphasizing-autonomy', 'persuade-with-permission'],
    className: 'ad',
  },
  { label: 'information', codes: ['giving-information'], className: 'gi' },
  { label: 'persuade / confront', codes: ['persuade', 'confront'], className: 'na' },
  { label: 'client: change', codes: ['change'], className: 'ct' },
  { label: 'client: sustain', codes: ['sustain'], className: 'st' },
];
export const MITI_CHART_STYLE =
  '.miti .qo{fill:#3b6fd8}.miti .qc{fill:#8fa9e0}.miti .rc{fill:#2f8f5b}.miti .rs{fill:#8cc7a4}.miti .ad{fill:#7a5cc7}.miti .gi{fill:#b7791f}.miti .na{fill:#c2413b}.miti .ct{fill:#2f8f5b}.miti .st{fill:#c2413b}.miti .row{stroke:#dde2ea}';

/**
 * The codes across the session as a strip chart: one column per turn, one row per kind of
 * behaviour (client talk at the bottom), a mark where a turn holds it. Inline SVG, no script.
 */
export function mitiCodesChart(coding: SessionCoding): string {
  if (coding.turns.length === 0) return '<p class="empty">No turns.</p>';
  const left = 132;
  const rowHeight = 18;
  const width = 560;
  const columns = coding.turns.length;
  const step = (width - left - 8) / Math.max(1, columns);
  const height = ROWS.length * rowHeight + 28;
  const marks: string[] = [];
  ROWS.forEach((row, rowIndex) => {
    const y = 6 + rowIndex * rowHeight;
    marks.push(
      `<line class="row" x1="${left}" x2="${width - 8}" y1="${y + rowHeight / 2}" y2="${y + rowHeight / 2}"/>`,
    );
    marks.push(
      `<text class="label" x="${left - 6}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${row.label}</text>`,
    );
    for (const turn of coding.turns) {
      const codes: string[] =
        turn.role === 'therapist' ? turn.utterances.map((utterance) => utterance.code) : [turn.talk.code];
      const count = codes.filter((code) => (row.codes as readonly string[]).includes(code)).length;
      if (count === 0) continue;
      const x = left + turn.index * step;
      const title = `turn ${turn.index}: ${count} × ${row.label}`;
      marks.push(
        `<rect class="${row.className}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(2, step - 1).toFixed(1)}" height="${rowHeight - 6}" rx="2"><title>${escapeHtml(title)}</title></rect>`,
      );
    }
  });
  marks.push(`<text class="axis" x="${left}" y="${height - 6}">turn 0</text>`);
  marks.push(
    `<text class="axis" x="${width - 8}" y="${height - 6}" text-anchor="end">turn ${columns - 1}</text>`,
  );
  return `<svg class="miti" viewBox="0 0 ${width} ${height}" role="img" aria-label="MITI codes across the session">${marks.join('')}</svg>`;
}
