import json, random, glob, statistics, collections
VMAP = {"past risk":"recovered adult","denial":"plain adult","general question":"curious adult","relationship":"plain adult",
 "habit":"plain adult","news":"plain adult","euphemism":"teen (chat slang)","joke":"joker","religion":"religious adult",
 "work talk":"professional","game":"gamer","song":"music fan","fiction":"hobby writer","cooking":"home cook","sport":"sports fan",
 "medicine":"healthcare worker","farming":"farmhand","haitian creole":"non-native (Haitian Creole)"}
TYPES = {"s":"suicide","h":"self-harm","o":"harm-to-others","a":"abuse","m":"medical-emergency"}
items = []
for f in sorted(glob.glob("src/*.txt")):
    for ln in open(f, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        code, t, voice, text = ln.split("|", 3)
        voice = VMAP.get(voice, voice)
        if code in ("RC","RP"):
            cat, risk, other = "risk", {"type":TYPES[t], "level":"clear" if code=="RC" else "possible"}, False
        elif code in ("N","NX"):
            cat, risk, other = "near-miss", None, code=="NX"
        else:
            cat, risk, other = "ordinary", None, False
        items.append({"text":text.strip(),"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,"requests":[],"body":[]})
texts = [i["text"] for i in items]
assert len(texts)==len(set(texts)), "dup"
random.Random(1515).shuffle(items)
with open("items.jsonl","w",encoding="utf-8") as out:
    for n,i in enumerate(items,1):
        out.write(json.dumps({"id":f"t{n:04d}", **i}, ensure_ascii=False)+"\n")
# validate
rows=[json.loads(l) for l in open("items.jsonl",encoding="utf-8")]
for r in rows:
    assert set(r)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert r["category"] in ("risk","near-miss","ordinary")
    assert (r["risk"] is None)==(r["category"]!="risk")
    assert r["requests"]==[] and r["body"]==[]
    if r["otherPersonRisk"]: assert r["risk"] is None
print("rows",len(rows))
print(collections.Counter(r["category"] for r in rows))
print(collections.Counter((r["risk"]["type"],r["risk"]["level"]) for r in rows if r["risk"]))
print(collections.Counter(r["risk"]["level"] for r in rows if r["risk"]))
print("otherPersonRisk", sum(r["otherPersonRisk"] for r in rows))
wc=sorted(len(r["text"].split()) for r in rows)
print("median",statistics.median(wc),"p90",wc[int(0.9*len(wc))-1],"max",wc[-1], "under30", sum(w<30 for w in wc)/len(wc))
vc=collections.Counter(r["voice"] for r in rows)
print(len(vc)); print(vc.most_common())
