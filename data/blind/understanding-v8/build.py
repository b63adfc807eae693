import json, random, statistics, collections, re, sys
CAT = {"risk.txt":"risk","near.txt":"near-miss","req.txt":"request","body.txt":"body","ord.txt":"ordinary"}
items=[]
for fn,cat in CAT.items():
    for ln,line in enumerate(open("src/"+fn,encoding="utf-8"),1):
        line=line.rstrip("\n")
        if not line.strip(): continue
        parts=re.split(r" \|\|(?: |$)", line.rstrip())
        if len(parts)==2: parts.append("")
        assert len(parts)==3, (fn,ln,line)
        voice,text,lab=[p.strip() for p in parts]
        text=text.replace("\\u200b","\u200b")
        it={"text":text,"voice":voice,"category":cat,"risk":None,"otherPersonRisk":False,"requests":[],"body":[]}
        for tok in [t.strip() for t in lab.split(";R:")] if False else [lab]:
            pass
        # parse labels: segments separated by ';' at top-level keyed by prefix; requests separated by ' & '
        for seg in re.split(r";(?=[RBO](?::|$))|^(?=O$)", lab) if lab else []:
            if seg is None or seg=="": continue
            pass
        rest=lab
        # extract B:
        m=re.search(r"(?:^|;)B:([a-z,\-]+)",rest)
        if m:
            it["body"]=m.group(1).split(","); rest=rest[:m.start()]+rest[m.end():]
        m=re.search(r"(?:^|;)R:([a-z\-]+):(clear|possible)",rest)
        if m:
            it["risk"]={"type":m.group(1),"level":m.group(2)}; rest=rest[:m.start()]+rest[m.end():]
        if rest.strip()=="O" or rest.strip().startswith("O"):
            it["otherPersonRisk"]=True; rest=rest.strip()[1:]
        rest=rest.strip().strip(";")
        if rest:
            for q in rest.split(" & "):
                q=q.strip()
                assert q.startswith("Q:"),(fn,ln,q)
                f=q[2:].split(";")
                r={"type":f[0],"when":"now"}
                for x in f[1:]:
                    if x=="later": r["when"]="later"
                    elif x.startswith("ms="): r["afterMs"]=int(x[3:])
                    elif x.startswith("at="): r["atClock"]=x[3:]
                    elif x.startswith("cond="): r["condition"]=x[5:]
                    elif x.startswith("ph="): r["phrase"]=x[3:]
                    else: raise ValueError((fn,ln,x))
                it["requests"].append(r)
        items.append(it)
random.seed(8)
random.shuffle(items)
for i,it in enumerate(items,1):
    it=dict([("id","x%04d"%i)]+list(it.items())); items[i-1]=it
with open("items.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
# validate
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
keys=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
texts=set()
for line in open("items.jsonl",encoding="utf-8"):
    o=json.loads(line); assert list(o)==keys
    assert o["text"] not in texts, o["text"]; texts.add(o["text"])
    assert all(b in BODY for b in o["body"]),o
    for r in o["requests"]:
        assert r["type"] in RT and r["when"] in ("now","later"),o
        if "atClock" in r: assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d",r["atClock"]),o
    if o["risk"]: assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"}
    if o["category"]=="risk": assert o["risk"] and not o["otherPersonRisk"],o
    else: assert o["risk"] is None,o
    if o["category"]=="request": assert o["requests"],o
    if o["category"]=="body": assert o["body"],o
    if o["otherPersonRisk"]: assert o["category"]=="near-miss"
# stats
S=[]
P=lambda *a: S.append(" ".join(str(x) for x in a))
P("total",len(items))
P("## categories", dict(collections.Counter(o["category"] for o in items)))
P("## risk type x level", dict(collections.Counter((o["risk"]["type"],o["risk"]["level"]) for o in items if o["risk"])))
P("## otherPersonRisk true", sum(o["otherPersonRisk"] for o in items))
rq=[r for o in items for r in o["requests"]]
P("## request objects",len(rq),"in messages",sum(1 for o in items if o["requests"]), "multi-request messages", sum(1 for o in items if len(o["requests"])>1))
P("## messages with requests by category", dict(collections.Counter(o["category"] for o in items if o["requests"])))
P("## request types", dict(collections.Counter(r["type"] for r in rq)))
P("## request when", dict(collections.Counter(r["when"] for r in rq)))
P("## fields", {k:sum(1 for r in rq if k in r) for k in ["afterMs","atClock","condition","phrase"]})
P("## nudges with afterMs/atClock/condition", sum(1 for r in rq if r["type"]=="nudge" and any(k in r for k in ("afterMs","atClock","condition"))), "nudges total", sum(1 for r in rq if r["type"]=="nudge"))
P("## body-labelled messages", sum(1 for o in items if o["body"]), "by category", dict(collections.Counter(o["category"] for o in items if o["body"])))
P("## body parts", dict(collections.Counter(b for o in items for b in o["body"])))
P("## voices", dict(collections.Counter(o["voice"] for o in items).most_common()))
wc=[len(o["text"].split()) for o in items]
wc_s=sorted(wc)
P("## words median",statistics.median(wc),"p90",wc_s[int(0.9*len(wc_s))-1],"share<30",round(sum(w<30 for w in wc)/len(wc),3))
nq=[o for o in items if o["category"]!="request"]
P("## question-mark share outside request", round(sum("?" in o["text"] for o in nq)/len(nq),3))
P("## lowercase-start share", round(sum(o["text"][:1].islower() for o in items)/len(items),3))
P("## zero-width", sum("\u200b" in o["text"] for o in items), "cyrillic", sum(bool(re.search("[\u0400-\u04ff]",o["text"])) for o in items))
print("\n".join(S))
open("stats.txt","w").write("\n".join(S)+"\n")
