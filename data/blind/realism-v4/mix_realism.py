import json, random, sys, os
# usage: mix_realism.py HUMAN SIM_A SIM_B OUTDIR SEED  -> OUTDIR/excerpts.jsonl + RATER.md ; OUTDIR-key/key.json
human_path, sim_a, sim_b, out, seed = sys.argv[1:6]
def read(p): return [json.loads(l) for l in open(p) if l.strip()]
human = read(human_path)
sims = read(sim_a)[:10] + read(sim_b)[:5]
pool = [('human', h['id'], h['turns']) for h in human] + [('simulated', f"{os.path.basename(os.path.dirname(p))}:{s['id']}", s['turns']) for p, group in ((sim_a, read(sim_a)[:10]), (sim_b, read(sim_b)[:5])) for s in group]
rng = random.Random(int(seed)); rng.shuffle(pool)
os.makedirs(out, exist_ok=True); os.makedirs(out + '-key', exist_ok=True)
key = {}
with open(os.path.join(out, 'excerpts.jsonl'), 'w') as f:
    for i, (source, original, turns) in enumerate(pool, 1):
        eid = f"E{i:02d}"; key[eid] = {'source': source, 'original': original}
        f.write(json.dumps({'id': eid, 'turns': turns}) + '\n')
json.dump(key, open(os.path.join(out + '-key', 'key.json'), 'w'), indent=1)
n = len(pool)
open(os.path.join(out, 'RATER.md'), 'w').write(f"""# Real or simulated?

`excerpts.jsonl` holds {n} excerpts. Each is the help-seeker's side only of a text chat on an online support /
coaching chat (the supporter's turns are left out). Some were typed by real people; some were produced by a
computer program that simulates help-seekers. The mix is not necessarily half and half.

For each excerpt decide: was it written by a real person, or simulated? Judge as an expert reader of real chat
logs would: voice, detail, consistency, how turns follow each other, how errors and habits look.

Write `judgements.jsonl` in this folder, one line per excerpt ({n} lines):

```json
{{"id": "E01", "verdict": "real" | "simulated", "confidence": 0.5-1.0, "reason": "one short sentence"}}
```

When every line is written, create an empty file `DONE` in this folder.
""")
print('mixed', n)
