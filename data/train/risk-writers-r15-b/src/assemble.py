import json, random, glob, statistics, collections
items=[]
for f in sorted(glob.glob('src/*.txt')):
    for ln in open(f, encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        p=ln.split('|',3) if not ln.startswith(('N|','NO|','O|')) else ln.split('|',2)
        if ln.startswith(('N|','NO|','O|')):
            tag,voice,text=p
            cat={'N':'near-miss','NO':'near-miss','O':'ordinary'}[tag]
            items.append(dict(text=text,voice=voice,category=cat,risk=None,otherPersonRisk=(tag=='NO'),requests=[],body=[]))
        else:
            typ,lvl,voice,text=p
            assert typ in ('suicide','self-harm','harm-to-others','abuse','medical-emergency'),ln
            assert lvl in ('clear','possible'),ln
            items.append(dict(text=text,voice=voice,category='risk',risk={'type':typ,'level':lvl},otherPersonRisk=False,requests=[],body=[]))
for i in items:
    if i['text'].startswith("my girlfriend says she'll kill herself if i go"): i['otherPersonRisk']=True
texts=[i['text'] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
assert not dups, dups
random.Random(15).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append({'id':f't{n:04d}',**i})
with open('items.jsonl','w',encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
req={'id','text','voice','category','risk','otherPersonRisk','requests','body'}
rows=[json.loads(l) for l in open('items.jsonl',encoding='utf-8')]
for r in rows:
    assert set(r)==req
    assert r['category'] in ('risk','near-miss','ordinary')
    assert (r['risk'] is None) == (r['category']!='risk')
    assert r['requests']==[] and r['body']==[]
    assert isinstance(r['otherPersonRisk'],bool)
print('total',len(rows))
print(collections.Counter(r['category'] for r in rows))
print(collections.Counter((r['risk']['type'],r['risk']['level']) for r in rows if r['risk']))
print(collections.Counter(r['risk']['level'] for r in rows if r['risk']))
print('otherPersonRisk',sum(r['otherPersonRisk'] for r in rows))
wl=sorted(len(r['text'].split()) for r in rows)
print('median',statistics.median(wl),'p90',wl[int(0.9*len(wl))-1],'max',wl[-1],'under30',sum(w<30 for w in wl)/len(wl))
vc=collections.Counter(r['voice'] for r in rows)
print(len(vc)); print(vc.most_common())
