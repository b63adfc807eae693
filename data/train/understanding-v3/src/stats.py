import json, collections, statistics
items=[json.loads(l) for l in open("items.jsonl")]
C=collections.Counter
print("total",len(items))
print("category",C(i["category"] for i in items))
print("risk",C((i["risk"]["type"],i["risk"]["level"]) for i in items if i["risk"]))
print("otherPersonRisk true",sum(i["otherPersonRisk"] for i in items))
rq=[r for i in items for r in i["requests"]]
print("request objs",len(rq),C(r["type"] for r in rq))
print("when",C(r["when"] for r in rq))
print("fields",{k:sum(k in r for r in rq) for k in ("afterMs","atClock","condition","phrase")})
print("items w requests by cat",C(i["category"] for i in items if i["requests"]))
print("body",C(b for i in items for b in i["body"]))
print("items w body by cat",C(i["category"] for i in items if i["body"]))
print("voices",C(i["voice"] for i in items))
L=[len(i["text"].split()) for i in items]
L.sort(); print("median words",statistics.median(L),"p90",L[int(.9*len(L))],"max",max(L), "under30 frac", sum(x<30 for x in L)/len(L))
