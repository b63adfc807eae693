import json, random, statistics, collections, re
S='src/'
items=[]
def rd(f):
    for ln in open(S+f, encoding='utf-8'):
        ln=ln.rstrip('\n')
        if ln.strip(): yield ln.replace('\\u200b','\u200b')
def parse_reqs(spec):
    out=[]
    for r in spec.split(';'):
        parts=r.split('~'); d={'type':parts[0],'when':'now'}
        for p in parts[1:]:
            if p in('now','later'): d['when']=p
            elif p.startswith('ms='): d['afterMs']=int(p[3:])
            elif p.startswith('at='): d['atClock']=p[3:]
            elif p.startswith('cond='): d['condition']=p[5:]
            elif p.startswith('phrase='): d['phrase']=p[7:]
            else: raise ValueError(r)
        out.append(d)
    return out
EXTRA={"overdosed. what do i do now?":"concrete","my mate keeps saying he wants to die, what do i do?":"concrete",
 "what do i even do with that?":"concrete","so much to organise, where to start?":"concrete"}
def mk(text,voice,cat,risk=None,other=False,reqs=None,body=None):
    for k,v in EXTRA.items():
        if text.endswith(k) and not reqs: reqs=parse_reqs(v)
    items.append({"text":text,"voice":voice,"category":cat,"risk":risk,"otherPersonRisk":other,"requests":reqs or [],"body":body or []})
riskbody={"chest pain going down my left arm":["chest","arms"],"lips are going blue":["breath","face"],
 "my sugar is very low":["whole-body","legs"],"throat is swelling":["throat"],"heart is going like 200":["chest"],
 "thunderclap":["head"],"breathless climbing the stairs":["breath","feet"],"chest feels tight and fluttery":["chest"],
 "my neck is stiff":["neck","whole-body"],"red and hot up to my wrist":["hands"],"nearly passing out":["whole-body"],
 "hit my head on wall":["head"],"KNUCKLES SPLIT":["hands"],"feel weird":["whole-body"],"hip's broken":["legs"],
 "drink the pesticide":["stomach"]}
for ln in rd('risk.txt'):
    f=ln.split('|'); v,t,l,txt=f[:4]; b=f[4].split(',') if len(f)>4 else []
    for k,bb in riskbody.items():
        if k in txt and not b: b=bb
    mk(txt,v,'risk',{"type":t,"level":l},body=b)
for ln in rd('near.txt'):
    v,o,txt=ln.split('|'); b=["feet"] if "my feet are killing me" in txt else []
    mk(txt,v,'near-miss',other=o=='1',body=b)
for ln in rd('req.txt'):
    v,spec,txt=ln.split('|'); mk(txt,v,'request',reqs=parse_reqs(spec))
for ln in rd('body.txt'):
    f=ln.split('|'); v,b,txt=f[:3]; r=parse_reqs(f[3]) if len(f)>3 else []
    mk(txt,v,'body',reqs=r,body=b.split(','))
for ln in rd('ord.txt'):
    v,txt=ln.split('|'); mk(txt,v,'ordinary')
texts=[i['text'] for i in items]
dup=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dup, dup
random.Random(24).shuffle(items)
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RT={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
out=[]
for n,it in enumerate(items,1):
    o={"id":"x%04d"%n}; o.update(it); out.append(o)
    assert set(it['body'])<=BODY, it
    for r in it['requests']: assert r['type'] in RT, it
    if it['risk']: assert it['risk']['type'] in {"suicide","self-harm","harm-to-others","abuse","medical-emergency"} and it['risk']['level'] in {"clear","possible"}
    for r in it['requests']:
        if 'atClock' in r: assert re.fullmatch(r'\d\d:\d\d',r['atClock'])
with open('items.jsonl','w',encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
keys=["id","text","voice","category","risk","otherPersonRisk","requests","body"]
rows=[json.loads(l) for l in open('items.jsonl',encoding='utf-8')]
for r in rows: assert list(r.keys())==keys
st={}
st['total']=len(rows)
st['category']=collections.Counter(r['category'] for r in rows)
st['risk']=collections.Counter((r['risk']['type'],r['risk']['level']) for r in rows if r['risk'])
st['other']=sum(r['otherPersonRisk'] for r in rows)
rq=[q for r in rows for q in r['requests']]
st['reqtypes']=collections.Counter(q['type'] for q in rq)
st['reqfields']=collections.Counter(k for q in rq for k in q if k!='type')
st['nudge_timed']=sum(1 for q in rq if q['type']=='nudge' and ({'afterMs','atClock','condition'}&set(q)))
st['multi_req']=sum(1 for r in rows if len(r['requests'])>1)
st['body']=collections.Counter(b for r in rows for b in r['body'])
st['body_items']=sum(1 for r in rows if r['body'])
st['body_items_by_cat']=collections.Counter(r['category'] for r in rows if r['body'])
st['voices']=collections.Counter(r['voice'] for r in rows)
wl=sorted(len(r['text'].split()) for r in rows)
st['median_words']=statistics.median(wl); st['p90_words']=wl[int(0.9*len(wl))-1]; st['under30']=sum(w<30 for w in wl)/len(wl)
nonreq=[r for r in rows if r['category']!='request']
st['qmark_nonreq']=sum('?' in r['text'] for r in nonreq)/len(nonreq)
st['zwsp']=sum('\u200b' in r['text'] for r in rows)
st['lowercase_start']=sum(r['text'][:1].islower() for r in rows)/len(rows)
for k,v in st.items(): print(k, dict(v.most_common()) if isinstance(v,collections.Counter) else v)
