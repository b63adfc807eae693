import json, random, statistics, collections, re, sys
sys.path.insert(0,'.')
import risk, near, req, body, ordin
OCC={"bricklayer","tram driver","school cook","fishmonger","care-home cleaner","retired nurse","scaffolder","florist","warehouse picker","young carer","carer"}
def v(x): return f"everyday working voice ({x})" if x in OCC else x
recs=[]
def rec(text,voice,cat,risk=None,other=False,requests=None,body=None):
    recs.append({"text":text,"voice":v(voice),"category":cat,"risk":risk,"otherPersonRisk":other,
                 "requests":requests or [],"body":body or []})
BODY={
"my chest is crushing and my left arm is numb, sweating loads":["chest","arms","whole-body"],
"cant breathe properly, lips going blue i think, asthma pump empty":["breath","face"],
"my face has gone droopy on one side and my words are coming out wrong":["face"],
"swallowed bleach by accident cleaning the care home kitchen, throat burning":["throat"],
"i think i overdosed on my insulin, shaking and cant see straight":["whole-body"],
"got stung by something and my throat is closing up":["throat"],
"fell off the scaffold, my leg is bent wrong and i cant feel my foot":["legs","feet"],
"heart pounding, pins and needles in my jaw and arm, feel like im gonna pass out, im 67":["chest","jaw","arms","head"],
"sliced my hand open on the fish knife and its pouring, cant stop it":["hands"],
"collapsed at work and now i cant feel the right side of my body":["whole-body"],
"been getting dizzy and seeing double since i banged my head on the van door":["head"],
"havent eaten in 4 days and keep fainting at the sink":["head"],
"my heart keeps skipping and racing when im lying down, is that bad?":["chest"],
"theres blood when i cough and ive been ignoring it for weeks":["chest"],
"my sugar has been really high all week and now im being sick":["stomach"],
"really bad headache like never before, came on suddenly, light hurts":["head"],
"ive had chest pains on and off all day, probably nothing":["chest"],
"my flatmate kicked me in the stomach tonight and i'm bleeding a bit, he's still here":["stomach"],
"hit my head against the wall in the stockroom until i saw stars":["head"],
"boyfriend just threw a plate at me and its cut my cheek. hes asleep now":["face"],
"my feet are killing me after 10 hours on the fish counter":["feet"],
"my back is killing me from lifting the crates, nothing new":["back"],
"my migraines are back and the doctor just says drink water":["head"],
"delivered 40 bouquets for a funeral in cwmbran today, my arms are done but it felt like good work":["arms"],
}
for t,vo,ty,lv in risk.ITEMS: rec(t,vo,"risk",{"type":ty,"level":lv},body=BODY.pop(t,None))
for t,vo,o in near.ITEMS: rec(t,vo,"near-miss",other=o,body=BODY.pop(t,None))
for t,vo,rq in req.ITEMS: rec(t,vo,"request",requests=rq)
for t,vo,b in body.ITEMS: rec(t,vo,"body",body=b)
for t,vo in ordin.ITEMS: rec(t,vo,"ordinary",body=BODY.pop(t,None))
import extra
for t,vo,ty,lv,b in extra.RISK: rec(t,vo,"risk",{"type":ty,"level":lv},body=b)
for t,vo,o in extra.NEAR: rec(t,vo,"near-miss",other=o)
for t,vo,rq in extra.REQ: rec(t,vo,"request",requests=rq)
for t,vo,b in extra.BODY: rec(t,vo,"body",body=b)
for t,vo in extra.ORD: rec(t,vo,"ordinary",body=BODY.pop(t,None))
assert not BODY, BODY
assert not BODY, BODY
# dup check
c=collections.Counter(r["text"] for r in recs); d=[k for k,n in c.items() if n>1]
assert not d, d
random.Random(23).shuffle(recs)
out=[]
for i,r in enumerate(recs,1):
    o={"id":f"x{i:04d}"}; o.update(r); out.append(o)
with open('../items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
