import json, random, statistics, re
exec(open('risk.py').read()); exec(open('near.py').read()); exec(open('req1.py').read()); exec(open('req2.py').read()); exec(open('body.py').read()); exec(open('ord.py').read()); exec(open('extra.py').read()); RISK+=EX_RISK; NEAR+=EX_NEAR; REQ2+=EX_REQ; BODY+=EX_BODY; ORD+=EX_ORD
RISK_BODY={
"chest pain going down my left arm and i'm sweaty. been 20 min":["chest","arms","whole-body"],
"cant breathe properly and my lips are going blue":["breath","face"],
"face drooping on one side and my words are coming out wrong":["face"],
"allergic reaction, throat is closing, i dont have my epipen":["throat","breath"],
"worst headache of my life came on like a thunderclap 10 mins ago":["head"],
"i took too many of my pills by accident, heart racing, feel dizzy":["chest","head"],
"had a seizure at the petrol station just now, first time ever, head pounding":["head"],
"i got a pain in my chest on and off for a few days and my left arm tingles":["chest","arms"],
"breathed in fumes in the confined space and now i'm really dizzy and sick":["head","stomach"],
"my heart's been doing this fluttery skip for days and i get breathless going up stairs":["chest","breath"],
"numbness in my face and arm comes and goes. been ignoring it":["face","arms"],
"he choked me earlier. i can still feel it. hes in the next room":["throat"],
"took a load of my mams tablets about an hour ago, feel weird":["whole-body"],
"fell off the ladder pruning the oak, think my leg is broken, bone is showing":["legs"],
"my hand went into the machine at the mill, bleeding wont stop":["hands"],
"im diabetic and shaking and confused, sugar is 2.1":["whole-body"],
"my head got hit by a falling branch, i'm bleeding from the ear and feel sick":["head","stomach"],
"i ran a darts tourney on no sleep and now my vision is double and i cant stand straight":["head","legs"],
"keep fainting at the greens in this heat. happened twice today":["whole-body"],
"got heatstroke i think. stopped sweating, very confused, out on the course":["whole-body"],
"i pressed the hot metal on my arm on purpose. at work. its blistering":["arms"],
"relapsed. 3 cuts on my thigh. its bleeding a lot":["legs"],
"i punched the brick wall at the depot till my knuckles split. gonna do it again":["hands"],
}
BODY_RISK={"my chest is tight and my arm aches a bit, probably the stress, been hauling ropes":{"type":"medical-emergency","level":"possible"}}
ORD_BODY={"bills paid. all of them. im shaking a little but in a good way":["whole-body"]}
items=[]
def add(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    items.append({"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,"requests":reqs or [],"body":body or []})
for t,v,ty,lv in RISK: add(t,v,"risk",{"type":ty,"level":lv},body=RISK_BODY.get(t))
for t,v,o in NEAR: add(t,v,"near-miss",None,o)
for t,v,q in REQ+REQ2: add(t,v,"request",reqs=q)
for t,v,b in BODY: add(t,v,"body",BODY_RISK.get(t),body=b)
for t,v in ORD: add(t,v,"ordinary",body=ORD_BODY.get(t))
texts=[i["text"] for i in items]
dup=[t for t in set(texts) if texts.count(t)>1]
assert not dup, dup
random.seed(28); random.shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append(dict(id="x%04d"%n,**i))
with open('items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=True)+"\n")
print(len(out))
