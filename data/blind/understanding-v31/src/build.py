import json,random,re,statistics,collections
import risk,near,req,body,ordinary,extra,edits
items=[]
def add(text,voice,cat,rk=None,other=False,reqs=None,bd=None):
    items.append({"text":text,"voice":voice,"category":cat,"risk":rk,"otherPersonRisk":other,"requests":reqs or [],"body":bd or []})
for v,t,l,tx,b in risk.ITEMS+extra.RISK: add(tx,v,"risk",{"type":t,"level":l},False,[],b)
for v,tx,o in near.ITEMS+extra.NEAR: add(tx,v,"near-miss",None,o)
for v,tx,rq,b in req.ITEMS+extra.REQ: add(tx,v,"request",None,False,rq,b)
for v,tx,b,rq in body.ITEMS+extra.BODY: add(tx,v,"body",None,False,rq,b)
for v,tx in ordinary.ITEMS+extra.ORD: add(tx,v,"ordinary")
used=collections.Counter()
for it in items:
    if it["text"] in edits.EDITS:
        used[it["text"]]+=1; it["text"]=edits.EDITS[it["text"]]
for k in [k for k in edits.EDITS if used[k]==0]:
    hits=[it for it in items if k in it["text"]]
    if len(hits)==1: hits[0]["text"]=hits[0]["text"].replace(k,edits.EDITS[k]); used[k]+=1
missing=[k for k in edits.EDITS if used[k]!=1]
assert not missing, missing
for k,v in edits.EDITS2.items():
    hits=[it for it in items if it["text"]==k]
    assert len(hits)==1,k
    hits[0]["text"]=v
for it in items:
    it["voice"]={"non-native English (Kiswahili)":"non-native English (Swahili)","non-native English (Bhutanese/Dzongkha)":"non-native English (Dzongkha)","non-native English (Moldovan/Romanian)":"non-native English (Romanian)"}.get(it["voice"],it["voice"])
BFIX={"my body's aching from carrying the twins everywhere but it's just normal tired":["whole-body"],
"I am cutting the vines today all day, my hands are tired but is good tired":["hands"],
"broke my toe on a scaffold clip. walking funny":["feet"],
"this scaffold job is killing my back lol":["back"],
"i cut my finger chopping onions lol its fine":["fingers"],
"this cold has me feeling like death warmed up 🤧":["whole-body"]}
for it in items:
    if it["text"] in BFIX: it["body"]=BFIX.pop(it["text"])
assert not BFIX,BFIX
CAPS={"SCHOOL WAS SO BORING TODAY","DONT WORRY IM NOT GONNA TOP MYSELF IM JUST FURIOUS","WHY IS THE BANK IN CHISINAU CLOSED ON A WEDNESDAY"}
for it in items:
    if it["text"] in CAPS: it["voice"]="ALL CAPS bursts"
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]; assert not dups,dups
random.seed(31); random.shuffle(items)
out=[]
for n,it in enumerate(items,1):
    out.append(dict(id="x%04d"%n,**it))
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
with open("../items.jsonl","w",encoding="utf-8") as f:
    for o in out:
        assert set(o["body"])<=BODY,o
        for q in o["requests"]:
            assert q["type"] in RT and q["when"] in("now","later"),o
            if "atClock" in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d",q["atClock"]),o
        if o["risk"]: assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
        if o["otherPersonRisk"]: assert o["risk"] is None
        s=json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")
        f.write(s+"\n")
# re-validate
rows=[json.loads(l) for l in open("../items.jsonl",encoding="utf-8")]
keys=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
assert all(list(r.keys())==keys for r in rows)
C=collections.Counter
print("total",len(rows))
print("cat",C(r["category"] for r in rows))
print("risk",C((r["risk"]["type"],r["risk"]["level"]) for r in rows if r["risk"]))
print("other",sum(r["otherPersonRisk"] for r in rows))
rq=[q for r in rows for q in r["requests"]]
print("reqtypes",C(q["type"] for q in rq))
print("fields",C(k for q in rq for k in q if k!="type"), C(q["when"] for q in rq))
print("timed nudges",sum(1 for q in rq if q["type"]=="nudge" and any(k in q for k in("afterMs","atClock","condition"))))
print("body",C(b for r in rows for b in r["body"]), "rows with body",sum(1 for r in rows if r["body"]))
print("voices",C(r["voice"] for r in rows).most_common())
wc=sorted(len(r["text"].split()) for r in rows)
print("median",statistics.median(wc),"p90",wc[int(0.9*len(wc))-1],"max",wc[-1], "under30",sum(w<30 for w in wc)/len(wc))
nq=[r for r in rows if r["category"]!="request"]
print("qmark non-request",sum("?" in r["text"] for r in nq),len(nq))
print("zwsp",sum("\u200b" in r["text"] for r in rows),"cyr",sum(bool(re.search("[\u0400-\u04ff]",r["text"])) for r in rows))
print("lowercase-start share",sum(r["text"][:1].islower() for r in rows)/len(rows))
