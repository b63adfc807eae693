import json, re, statistics
exec(open('src/a.py').read()); exec(open('src/b.py').read()); exec(open('src/c.py').read())
items = A + B + C
out = []
for (i, topic, voice, turns, ref) in items:
    t = []
    for s in turns:
        role = {'S': 'supporter', 'U': 'seeker'}[s[0]]
        t.append({"role": role, "text": s[3:]})
    out.append({"id": i, "topic": topic, "voice": voice, "turns": t, "reference": ref})
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids)) == 60, len(ids)
words = []
for o in out:
    assert 4 <= len(o["turns"]) <= 8, o["id"]
    assert o["turns"][-1]["role"] == "seeker", o["id"]
    assert set(o) == {"id","topic","voice","turns","reference"}
    for x in o["turns"]:
        if x["role"] == "seeker": words.append(len(x["text"].split()))
    ns = len(re.findall(r'[.!?](\s|$)', o["reference"]))
    if ns > 3: print("long ref?", o["id"], ns)
    for bad in ["i hear you", "valid"]:
        if bad in o["reference"].lower(): print("cliche", o["id"])
with open('excerpts.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
for line in open('excerpts.jsonl'): json.loads(line)
print("ok", len(out), "median seeker words", statistics.median(words), "mean", statistics.mean(words))
