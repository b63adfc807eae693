import json, random, statistics, collections, re
import h, risk, near, nudge, req, body, ordin, extra, extra2
items=h.ITEMS
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
print("dups",dups)
random.Random(32).shuffle(items)
out=[]
for n,it in enumerate(items,1):
    o={"id":"x%04d"%n, **it}
    out.append(o)
with open("../items.jsonl","w") as f:
    for o in out:
        s=json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")
        f.write(s+"\n")
# validate
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows=[json.loads(l) for l in open("../items.jsonl")]
for o in rows:
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"},o
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["category"]=="risk": assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    else: assert o["risk"] is None
    for b in o["body"]: assert b in BODY,b
    for q in o["requests"]:
        assert q["type"] in RT
        assert q["when"] in {"now","later"}
        if "atClock" in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d",q["atClock"])
    if o["category"]=="request": assert o["requests"]
print(len(rows))
C=collections.Counter
st=[]
st.append("categories: "+str(dict(C(o["category"] for o in rows))))
st.append("risk type x level: "+str(dict(C((o["risk"]["type"],o["risk"]["level"]) for o in rows if o["risk"]))))
st.append("otherPersonRisk true: %d"%sum(o["otherPersonRisk"] for o in rows))
reqs=[q for o in rows for q in o["requests"]]
st.append("request objects by type: "+str(dict(C(q["type"] for q in reqs))))
st.append("messages with >1 request: %d"%sum(len(o["requests"])>1 for o in rows))
st.append("request fields: "+str(dict(C(k for q in reqs for k in q if k!="type"))))
st.append("when: "+str(dict(C(q["when"] for q in reqs))))
nud=[q for q in reqs if q["type"]=="nudge"]
st.append("nudges: %d; with afterMs/atClock/condition: %d"%(len(nud),sum(any(k in q for k in("afterMs","atClock","condition")) for q in nud)))
st.append("body messages: %d (body category %d); parts: %s"%(sum(bool(o["body"]) for o in rows),sum(o["category"]=="body" for o in rows),dict(C(b for o in rows for b in o["body"]))))
st.append("voices: "+str(dict(C(o["voice"] for o in rows).most_common())))
wl=sorted(len(o["text"].split()) for o in rows)
st.append("words: median %s, p90 %s, max %s, share <30: %.2f"%(statistics.median(wl),wl[int(0.9*len(wl))-1],wl[-1],sum(w<30 for w in wl)/len(wl)))
nq=[o for o in rows if o["category"]!="request"]
st.append("question marks outside request: %d of %d (%.2f)"%(sum("?" in o["text"] for o in nq),len(nq),sum("?" in o["text"] for o in nq)/len(nq)))
st.append("zero-width: %d; non-ascii-cyrillic: %d"%(sum("\u200b" in o["text"] for o in rows),sum(bool(re.search("[\u0400-\u04ff]",o["text"])) for o in rows)))
open("stats.txt","w").write("\n".join(st)+"\n")
print("\n".join(st))
