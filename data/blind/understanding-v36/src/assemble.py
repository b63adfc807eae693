import json, random, re, statistics, sys
from collections import Counter
for f in ["risk.py","near.py","req.py","body.py","ord.py","edits.py","extra.py","qmarks.py"]: exec(open(f).read())
VMAP={"stonemason":"terse","tattooist":"lowercase","nail technician":"lowercase","lighthouse volunteer":"older adult","sign-language interpreter":"professional"}
BODY_OVERRIDE={
"back's been bad all week so i've been off work":["back"],
"interpreted a wedding today, my arms are done but it was lovely":["arms"],
"my feet are killing me after moving that upright up 4 flights":["feet"],
"my wrist hurts from signing all day, the interpreter life":["hands"],
"got a cut on my thumb from the chisel, plastered it, carrying on":["fingers"],
"knocked my head on the piano lid, only a bump":["head"],
"ive got a killer headache from the fumes in the nail bar. aired it out now, its going":["head"],
}
items=[]
def add(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    body=body or BODY_OVERRIDE.get(text,[])
    text=EDITS.get(text,text)
    if text in QM: text=text+"?"
    items.append({"text":text,"voice":VMAP.get(voice,voice),"category":cat,"risk":risk,
      "otherPersonRisk":other,"requests":reqs or [],"body":body})
for x in RISK: add(x[0],x[1],"risk",{"type":x[2],"level":x[3]},body=x[4] if len(x)>4 else None)
for x in NEAR: add(x[0],x[1],"near-miss",other=x[2],body=x[3] if len(x)>3 else None)
for x in REQ: add(x[0],x[1],"request",reqs=x[2],body=x[3] if len(x)>3 else None)
for x in BODY: add(x[0],x[1],"body",body=x[2])
for x in ORD: add(x[0],x[1],"ordinary",body=x[2] if len(x)>2 else None)
texts=Counter(i["text"] for i in items); d=[t for t,c in texts.items() if c>1]
assert not d, d
random.Random(36).shuffle(items)
PARTS={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
with open("../items.jsonl","w",encoding="utf-8") as f:
    for n,i in enumerate(items,1):
        o={"id":"x%04d"%n, **i}
        s=json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")
        f.write(s+"\n")
# validate
rows=[json.loads(l) for l in open("../items.jsonl",encoding="utf-8")]
keys={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
for r in rows:
    assert set(r)==keys, r
    assert r["category"] in {"risk","near-miss","request","body","ordinary"}
    if r["risk"] is not None:
        assert r["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and r["risk"]["level"] in {"clear","possible"}
    assert (r["category"]=="risk")==(r["risk"] is not None), r
    assert all(b in PARTS for b in r["body"]), r
    for q in r["requests"]:
        assert q["type"] in RT and q["when"] in {"now","later"}
        if "atClock" in q: assert re.fullmatch(r"[0-2]\d:[0-5]\d",q["atClock"])
    assert (r["category"]=="request")==bool(r["requests"]), r
    if r["otherPersonRisk"]: assert r["risk"] is None
print("rows",len(rows))
