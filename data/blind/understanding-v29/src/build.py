import json, random, statistics
from collections import Counter
exec(open('risk.py').read()); exec(open('near.py').read()); exec(open('req.py').read())
exec(open('body.py').read()); exec(open('ordi.py').read()); exec(open('extra.py').read())
RISK+=EXTRA_RISK; NEAR+=EXTRA_NEAR; REQ+=EXTRA_REQ; BODY+=EXTRA_BODY; ORD+=[e[:2] for e in EXTRA_ORD]
items=[]
def add(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    items.append({"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,
                  "requests":reqs or [],"body":body or []})
for t,v,ty,lv in RISK: add(t,v,"risk",risk={"type":ty,"level":lv})
for t,v,o in NEAR: add(t,v,"near-miss",other=o)
for t,v,qs in REQ: add(t,v,"request",reqs=qs)
for b in BODY:
    t,v,parts=b[:3]; extra=b[3] if len(b)>3 else None
    reqs=[]
    if extra=="concrete": reqs=[r("concrete")]
    if extra=="nudge10": reqs=[r("nudge",afterMs=600000)]
    add(t,v,"body",reqs=reqs,body=parts)
for t,v in ORD: add(t,v,"ordinary")
texts=[i["text"] for i in items]; dup=[t for t,c in Counter(texts).items() if c>1]
assert not dup, dup
exec(open('bodyextra.py').read())
hit=0
for i in items:
    if i["text"] in BODY_OVERRIDE:
        i["body"]=BODY_OVERRIDE[i["text"]]; hit+=1
assert hit==len(BODY_OVERRIDE),(hit,len(BODY_OVERRIDE))
random.Random(29).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    o={"id":"x%04d"%n}; o.update(i); out.append(o)
with open('../items.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o,ensure_ascii=False).replace('\u200b','\\u200b')+'\n')
# validate
BODYP={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
rows=[json.loads(l) for l in open('../items.jsonl')]
for o in rows:
    assert set(o)=={"id","text","voice","category","risk","otherPersonRisk","requests","body"}
    assert o["category"] in {"risk","near-miss","request","body","ordinary"}
    if o["risk"] is not None:
        assert o["risk"]["type"] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and o["risk"]["level"] in {"clear","possible"}
    assert (o["risk"] is not None)==(o["category"]=="risk")
    for q in o["requests"]:
        assert q["type"] in RT and q["when"] in {"now","later"}
        if "atClock" in q: h,m=q["atClock"].split(":"); assert len(h)==2 and len(m)==2 and 0<=int(h)<24 and 0<=int(m)<60
        if "afterMs" in q: assert isinstance(q["afterMs"],int) and q["afterMs"]>0
    for p in o["body"]: assert p in BODYP,p
    if o["category"]=="request": assert o["requests"]
    if o["category"]=="body": assert o["body"]
print("rows",len(rows))
st={}
st["category"]=Counter(o["category"] for o in rows)
st["risk_type_level"]=Counter(f'{o["risk"]["type"]}/{o["risk"]["level"]}' for o in rows if o["risk"])
st["otherPersonRisk"]=sum(o["otherPersonRisk"] for o in rows)
st["request_types"]=Counter(q["type"] for o in rows for q in o["requests"])
st["request_when"]=Counter(q["when"] for o in rows for q in o["requests"])
st["fields"]={k:sum(1 for o in rows for q in o["requests"] if k in q) for k in ["afterMs","atClock","condition","phrase"]}
st["nudges_with_delay_clock_or_trigger"]=sum(1 for o in rows for q in o["requests"] if q["type"]=="nudge" and any(k in q for k in ["afterMs","atClock","condition"]))
st["msgs_with_multiple_requests"]=sum(1 for o in rows if len(o["requests"])>1)
st["body_labelled_outside_body_category"]=sum(1 for o in rows if o["body"] and o["category"]!="body")
st["body_parts"]=Counter(p for o in rows for p in o["body"])
st["voices"]=Counter(o["voice"] for o in rows)
wl=sorted(len(o["text"].split()) for o in rows)
st["words_median"]=statistics.median(wl); st["words_p90"]=wl[int(0.9*len(wl))-1]; st["share_under_30"]=round(sum(w<30 for w in wl)/len(wl),3)
nonreq=[o for o in rows if o["category"]!="request"]
st["qmark_share_nonrequest"]=round(sum('?' in o["text"] for o in nonreq)/len(nonreq),3)
st["lowercase_only_share"]=round(sum(o["text"]==o["text"].lower() for o in rows)/len(rows),3)
st["zero_width"]=sum('\u200b' in o["text"] for o in rows)
st["cyrillic_lookalike"]=sum(any('\u0400'<=c<='\u04ff' for c in o["text"]) for o in rows)
json.dump({k:(dict(v.most_common()) if isinstance(v,Counter) else v) for k,v in st.items()},open('stats.json','w'),indent=1,ensure_ascii=False)
print(json.dumps({k:(dict(v.most_common()) if isinstance(v,Counter) else v) for k,v in st.items()},indent=1,ensure_ascii=False))
