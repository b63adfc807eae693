import json, random, statistics, collections, re
exec(open('risk.py').read()); exec(open('near.py').read()); exec(open('req.py').read())
exec(open('body.py').read()); exec(open('ordi.py').read())
items=[]
def base(text,voice,cat):
    return {"text":text,"voice":voice,"category":cat,"risk":None,"otherPersonRisk":False,"requests":[],"body":[]}
for t,v,ty,lv in RISK:
    d=base(t,v,"risk"); d["risk"]={"type":ty,"level":lv}; items.append(d)
NEAR_ASK={"my mate keeps saying he wants to die, what do i even say to him?","my flatmate took a load of pills i think, what should i do??","my friend is being beaten by her boyfriend and won't leave, how do i help?","mi amiga dice que se quiere morir, my friend says she want die, how i help?","my dad keeps drinking and driving and i'm scared he'll crash. do i tell someone?"}
for t,v,o in NEAR:
    d=base(t,v,"near-miss"); d["otherPersonRisk"]=o
    if t in NEAR_ASK: d["requests"]=[{"type":"concrete","when":"now"}]
    items.append(d)
assert sum(1 for d in items if d["category"]=="near-miss" and d["requests"])==len(NEAR_ASK)
for t,v,rs in REQ:
    d=base(t,v,"request"); d["requests"]=rs; items.append(d)
for row in BODY:
    t,v,b=row[:3]; d=base(t,v,"body"); d["body"]=b
    if len(row)>3: d["requests"]=row[3]
    items.append(d)
for t,v in ORD:
    items.append(base(t,v,"ordinary"))
texts=[i["text"] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(13).shuffle(items)
out=[]
for n,d in enumerate(items,1):
    out.append({"id":"x%04d"%n, **d})
with open('../items.jsonl','w') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=True)+"\n")
# validate
PARTS={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
for line in open('../items.jsonl'):
    d=json.loads(line)
    assert set(d)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert d["category"] in {"risk","near-miss","request","body","ordinary"}
    if d["risk"]: assert d["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and d["risk"]["level"] in {"clear","possible"}
    assert (d["risk"] is not None)==(d["category"]=="risk")
    for r in d["requests"]:
        assert r["type"] in RT and r["when"] in {"now","later"}
        if "atClock" in r: assert re.fullmatch(r"\d\d:\d\d",r["atClock"])
    assert set(d["body"])<=PARTS
    if d["category"]=="request": assert d["requests"]
print("valid",len(out))
