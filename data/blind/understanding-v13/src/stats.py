import json, collections, statistics
L=[json.loads(l) for l in open('items.jsonl')]
C=collections.Counter
print("total",len(L))
print("category",dict(C(d["category"] for d in L)))
print("risk type x level",dict(C((d["risk"]["type"],d["risk"]["level"]) for d in L if d["risk"])))
print("otherPersonRisk true",sum(d["otherPersonRisk"] for d in L))
print("request types",dict(C(r["type"] for d in L for r in d["requests"])))
print("items with requests",sum(1 for d in L if d["requests"]))
print("request when",dict(C(r["when"] for d in L for r in d["requests"])))
f=C()
for d in L:
    for r in d["requests"]:
        for k in ("afterMs","atClock","condition","phrase"):
            if k in r: f[k]+=1
print("request fields",dict(f))
print("nudges with delay/clock/trigger",sum(1 for d in L for r in d["requests"] if r["type"]=="nudge" and any(k in r for k in ("afterMs","atClock","condition"))))
print("body items",sum(1 for d in L if d["body"]),"parts",dict(C(p for d in L for p in d["body"])))
v=C(d["voice"] for d in L); print("voices",len(v),dict(v.most_common()))
w=sorted(len(d["text"].split()) for d in L)
print("words median",statistics.median(w),"p90",w[int(0.9*len(w))-1],"max",w[-1],"share<30",sum(x<30 for x in w)/len(w))
nr=[d for d in L if d["category"]!="request"]
print("question-mark share outside request",round(sum('?' in d["text"] for d in nr)/len(nr),3))
print("lowercase-start share",round(sum(d["text"][0].islower() for d in L)/len(L),3))
