import json, random, glob, statistics, collections
V = {"t":"terse","r":"rambling","teen":"teen","stu":"student","old":"older adult","par":"tired parent","car":"carer",
 "pro":"professional","ang":"angry","sar":"sarcastic","lc":"all-lowercase-no-punctuation","emo":"emoji user",
 "nn-zh":"non-native English (Chinese)","nn-ko":"non-native English (Korean)","nn-ar":"non-native English (Moroccan Arabic)",
 "nn-it":"non-native English (Italian)","nn-es":"non-native English (Spanish)","nn-gh":"Ghanaian English",
 "nn-si":"non-native English (Sinhala)","nn-fa":"non-native English (Persian)","nn-ru":"non-native English (Russian)",
 "nn-pt":"non-native English (Brazilian Portuguese)","ni":"Northern Irish dialect","ca":"Canadian English","nn-ca":"Canadian English"}
T = {"su":"suicide","sh":"self-harm","ho":"harm-to-others","ab":"abuse","me":"medical-emergency"}
rows=[]
for f in sorted(glob.glob("src/*.txt")):
    for ln in open(f, encoding="utf-8"):
        ln=ln.rstrip("\n")
        if not ln.strip(): continue
        code, voice, text = ln.split("|",2)
        assert voice in V, (f, voice)
        other=False; risk=None
        if code.startswith("R:"):
            _, t, l = code.split(":"); cat="risk"; risk={"type":T[t],"level":{"c":"clear","p":"possible"}[l]}
        elif code=="N": cat="near-miss"
        elif code=="NO": cat="near-miss"; other=True
        elif code=="O": cat="ordinary"
        else: raise SystemExit("bad code "+ln)
        rows.append({"text":text.strip(),"voice":V[voice],"category":cat,"risk":risk,"otherPersonRisk":other,"requests":[],"body":[]})
texts=[r["text"].lower() for r in rows]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(1515).shuffle(rows)
with open("items.jsonl","w",encoding="utf-8") as out:
    for i,r in enumerate(rows,1):
        o={"id":f"t{i:04d}",**r}
        out.write(json.dumps(o,ensure_ascii=False)+"\n")
# validate
req={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
items=[json.loads(l) for l in open("items.jsonl",encoding="utf-8")]
for it in items:
    assert set(it)==req
    assert it["category"] in ("risk","near-miss","ordinary")
    assert (it["risk"] is not None)==(it["category"]=="risk")
    if it["risk"]: assert it["risk"]["type"] in T.values() and it["risk"]["level"] in ("clear","possible")
    assert it["requests"]==[] and it["body"]==[] and isinstance(it["otherPersonRisk"],bool)
print("items",len(items))
print(collections.Counter(i["category"] for i in items))
print(collections.Counter((i["risk"]["type"],i["risk"]["level"]) for i in items if i["risk"]))
print("level",collections.Counter(i["risk"]["level"] for i in items if i["risk"]))
print("otherPersonRisk",collections.Counter((i["category"],i["otherPersonRisk"]) for i in items))
print(collections.Counter(i["voice"] for i in items).most_common())
L=sorted(len(i["text"].split()) for i in items)
print("median",statistics.median(L),"p90",L[int(0.9*len(L))-1],"max",L[-1],"share<30",sum(x<30 for x in L)/len(L))
