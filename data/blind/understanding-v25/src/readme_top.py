import json,collections
s=json.load(open('stats.json'))
ds=[json.loads(l) for l in open('../items.jsonl')]
wc=[len(d['text'].split()) for d in ds]
u30=sum(w<30 for w in wc)/len(wc)
bc=collections.Counter(d['category'] for d in ds if d['body'])
rc=collections.Counter(d['category'] for d in ds if d['requests'])
def tbl(d): return "\n".join(f"| {k} | {v} |" for k,v in sorted(d.items(),key=lambda x:-x[1]))
rl=s['rl']; types=["suicide","self-harm","harm-to-others","abuse","medical-emergency"]
rlt="| type | clear | possible |\n|---|---|---|\n"+"\n".join(f"| {t} | {rl.get(t+'/clear',0)} | {rl.get(t+'/possible',0)} |" for t in types)
top=f"""# understanding-v25 — writer README

`items.jsonl`: **{s['n']}** hand-written chat messages, one JSON object per line, ids `x0001`… assigned after a
shuffle with `random.seed(25)`. All text was typed by hand into `src/b_*.py` (one call per message with its labels);
`src/build.py` only shuffles, numbers, applies a few hand-chosen label/punctuation fixes (listed inline in the
script: body labels on some risk/near-miss items, "?" added to some questions), validates and counts. No message
text was generated from templates or combinations. Rebuild: `cd src && python3 build.py && python3 readme_top.py`.

Validation (in build.py): every line parses; exactly the keys id, text, voice, category, risk, otherPersonRisk,
requests, body; allowed values for category, risk type/level, request type/when, body parts; `risk` non-null iff
category is risk; never risk and otherPersonRisk together; atClock is valid HH:MM; every `phrase` and `condition`
occurs in the text; no duplicate texts.

## Counts per category
| category | n |
|---|---|
{tbl(s['cat'])}

Messages with `otherPersonRisk: true`: {s['other']} (all in near-miss).

## Risk type × level (writer's own present risk)
{rlt}

Disguises: chat euphemisms (kms, k.m.s., unalive/unaliving, sewerslide / sewer slide, sh), spaced letters
(`k i l l`, `k m s`), digit swaps (`k1ll mys3lf`, `su1c1de`, `s3lf h4rm`), an asterisk (`c*t`), {s['zw']} items with a
zero-width space written as `\\u200b` inside a word (`w\\u200bant`, `s\\u200belf`), {s['cyr']} item with a Cyrillic
`і` (U+0456) in `kіll`. Many risk items are indirect (gave the dog away, train times, rope in the room, "the water looks easy").

## Request types (one message can carry several requests)
| type | n |
|---|---|
{tbl(s['rq'])}

Messages carrying requests by category: {dict(rc)}.
Nudges: {s['nud']}, of which {s['nud_timed']} carry a delay, a clock time or a trigger (the rest are vague: "in a bit",
"later", "in a sec", "in a few min").

Field counts over all request objects:
| field | n |
|---|---|
{tbl(s['fields'])}

## Body
Items with a non-empty `body` by category: {dict(bc)}.
| part | n |
|---|---|
{tbl(s['bodyc'])}

## Voices
| voice | n |
|---|---|
{tbl(s['voices'])}

## Length and style
- Words per message (split on whitespace): median **{s['med']}**, 90th percentile **{s['p90']}**, {u30:.1%} under 30 words
  (max {max(wc)}). Many one-word answers and terse asks pull the median a little under 12.
- Fully lowercase messages: {s['lower']} of {s['n']}.
- Messages containing "?" outside the request category: {s['qm']} of {s['nonreq']} ({s['qm']/s['nonreq']:.0%}, under the 1-in-10 guide).
- People and places: beekeepers, gravediggers, piano tuners, oil-rig workers, forestry/logging crews, prison officers,
  midwives, nurses, locksmiths, nail technicians, taxi dispatchers, a nickel miner, funeral-home staff; writers from
  Mozambique, Laos, the Faroe Islands, Georgia, Paraguay, Myanmar, Armenia, Trinidad, Manitoba, plus Vietnam, the
  Philippines, Finland, Ukraine, Moldova.

"""
old=open('../WRITER-README.md').read()
dec=old[old.index("## Labelling decisions"):]
dec=dec.replace('"at 2am" → 02:00,','"at 2am" → 02:00, "quarter to 7 tomorrow" → 06:45 (gym, morning), "once the last customer leaves, around 9" → 21:00 + condition,')
dec=dec.replace('"pick this up after dinner" → condition.','"pick this up after dinner" → condition; "can we continue when i come back" → condition "when i come back".')
open('../WRITER-README.md','w').write(top+dec)
