import json, glob, os, sys, importlib, statistics, collections
sys.path.insert(0, os.path.dirname(__file__))
import h
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "b*.py"))):
    name=os.path.basename(f)[:-3]
    if name=="build": continue
    importlib.import_module(name)
CATS={"risk","near-miss","request","body","ordinary"}
RT={"suicide","self-harm","harm-to-others","abuse","medical-emergency"}
RL={"clear","possible"}
QT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
BP=set("head face jaw throat neck shoulders chest stomach back arms hands fingers legs feet breath whole-body".split())
out=[]; errs=[]; seen=set()
for i,it in enumerate(h.ITEMS,1):
    it=dict(id="t3-%04d"%i, **it)
    t=it["text"]
    if t in seen: errs.append(("dup text",t))
    seen.add(t)
    if it["category"] not in CATS: errs.append(("cat",t))
    if it["category"]=="risk":
        r=it["risk"]
        if not r or r["type"] not in RT or r["level"] not in RL: errs.append(("risk",t))
    elif it["risk"] is not None: errs.append(("risk on nonrisk",t))
    if it["otherPersonRisk"] and it["category"]!="near-miss": errs.append(("opr",t))
    for q in it["requests"]:
        if q["type"] not in QT or q["when"] not in ("now","later"): errs.append(("req",t))
        if any(k in q for k in ("afterMs","atClock","condition")) and q["when"]!="later" and q["type"] not in ("pause",): errs.append(("when",t))
    if it["category"]=="request" and not it["requests"]: errs.append(("noreq",t))
    if it["category"]=="body" and not it["body"]: errs.append(("nobody",t))
    for b in it["body"]:
        if b not in BP: errs.append(("body",b,t))
    if len(set(it["body"]))!=len(it["body"]): errs.append(("dupbody",t))
    out.append(it)
for e in errs: print("ERR",e)
with open(os.path.join(os.path.dirname(__file__),"..","items.jsonl"),"w") as f:
    for it in out: f.write(json.dumps(it,ensure_ascii=False)+"\n")
c=collections.Counter(it["category"] for it in out)
print(len(out), dict(c))
print(collections.Counter((it["risk"]["type"],it["risk"]["level"]) for it in out if it["risk"]))
