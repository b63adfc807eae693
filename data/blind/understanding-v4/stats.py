import json, collections, statistics
items=[json.loads(l) for l in open("items.jsonl",encoding="utf-8")]
keys={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
for i in items: assert set(i)==keys, i
C=collections.Counter
print("total",len(items))
print("cat",C(i["category"] for i in items))
print("risk",C((i["risk"]["type"],i["risk"]["level"]) for i in items if i["risk"]))
print("other",sum(i["otherPersonRisk"] for i in items))
reqs=[r for i in items for r in i["requests"]]
print("reqtypes",C(r["type"] for r in reqs))
print("fields",C(k for r in reqs for k in r))
print("nudge w/ timing",sum(1 for r in reqs if r["type"]=="nudge" and any(k in r for k in("afterMs","atClock","condition"))))
print("body msgs",sum(1 for i in items if i["body"]), C(b for i in items for b in i["body"]))
print("voices",C(i["voice"] for i in items))
wc=sorted(len(i["text"].split()) for i in items)
print("median",statistics.median(wc),"p90",wc[int(0.9*len(wc))-1],"under30",sum(w<30 for w in wc)/len(wc))
nr=[i for i in items if i["category"]!="request"]
print("qmark nonreq",sum("?" in i["text"] for i in nr),len(nr))
print("lowercase-only share",sum(i["text"]==i["text"].lower() for i in items)/len(items))
for c in ["risk","near-miss","request","body","ordinary"]:
    w=sorted(len(i["text"].split()) for i in items if i["category"]==c); print(c,statistics.median(w))
