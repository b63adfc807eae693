import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTranscriptText } from '../transcript/index.ts';
import { evaluateTranscript } from './evaluate.ts';
import { renderHtmlReport } from './html-report.ts';

const turns = parseTranscriptText(
  'Client: can you nudge me in 30 seconds?\n\nTherapist: In 30 seconds, I will nudge you.\n',
);

test('the report heading names the transcript when it has a source, and shows no stray separator when not', () => {
  const named = renderHtmlReport(evaluateTranscript(turns, { source: 'session-7.txt' }));
  assert.match(named, /session-7\.txt · 2 turns/);
  const unnamed = renderHtmlReport(evaluateTranscript(turns, {}));
  assert.match(unnamed, /<p class="legend-row">2 turns<\/p>/);
  assert.doesNotMatch(unnamed, /> · 2 turns/);
  const one = renderHtmlReport(evaluateTranscript(turns.slice(0, 1), {}));
  assert.match(one, /<p class="legend-row">1 turn<\/p>/);
});

test('the HTML report shows the MITI summary against thresholds, estimated globals, a codes chart and a per-utterance table', () => {
  const session = parseTranscriptText(
    "Client: I want to drink less but it's how I switch off.\n\nTherapist: Part of you wants to cut back, and part of you needs a way to unwind. What else helps you unwind?\n",
  );
  const html = renderHtmlReport(evaluateTranscript(session, {}));
  assert.match(html, /MITI 4\.2\.1 summary/);
  assert.match(html, /Reflection : question.*2:1/);
  assert.match(html, /Global ratings — estimates/);
  assert.match(html, /<svg class="miti"/);
  assert.match(html, /reflection-complex<\/td><td class="meaning">[^<]*double-sided/);
  assert.match(html, /question-open/);
});
