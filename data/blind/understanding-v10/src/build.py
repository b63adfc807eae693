import json, random, statistics, collections, re
files = {'risk.txt':'risk','near.txt':'near-miss','nudge.txt':'request','req.txt':'request','body.txt':'body','ord.txt':'ordinary'}
items=[]
for f,cat in files.items():
    for ln,line in enumerate(open(f,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        parts=line.split('|',5)
        assert len(parts)==6,(f,ln,line)
        c,voice,risk,reqs,body,text=parts
        text=text.replace('\\u200b','\u200b')
        obj={'id':None,'text':text,'voice':voice,'category':cat,'risk':None,'otherPersonRisk':False,'requests':[],'body':[]}
        if risk=='other': obj['otherPersonRisk']=True
        elif risk!='-':
            t,l=risk.split(':'); obj['risk']={'type':t,'level':l}
        if reqs!='-':
            for r in reqs.split(';'):
                fs=r.split('/')
                d={'type':fs[0],'when':fs[1]}
                for kv in fs[2:]:
                    k,v=kv.split('=',1)
                    if k=='ms': d['afterMs']=int(v)
                    elif k=='at': d['atClock']=v
                    elif k=='cond': d['condition']=v
                    elif k=='ph': d['phrase']=v
                obj['requests'].append(d)
        if body!='-': obj['body']=body.split(',')
        items.append(obj)
random.Random(20240610).shuffle(items)
for i,o in enumerate(items,1): o['id']='x%04d'%i
BODY={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
RT={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
texts=set()
for o in items:
    assert o['text'] not in texts,o['text']; texts.add(o['text'])
    assert set(o['body'])<=BODY,o
    for r in o['requests']:
        assert r['type'] in RT and r['when'] in ('now','later'),o
        if 'atClock' in r: assert re.fullmatch(r'\d\d:\d\d',r['atClock'])
    if o['risk']: assert o['risk']['type'] in {'suicide','self-harm','harm-to-others','abuse','medical-emergency'} and o['risk']['level'] in {'clear','possible'}
    if o['otherPersonRisk']: assert o['risk'] is None
    if o['category']=='request': assert o['requests'],o
    if o['category']=='risk': assert o['risk'],o
with open('../items.jsonl','w',encoding='utf-8') as f:
    for o in items: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
keys=['id','text','voice','category','risk','otherPersonRisk','requests','body']
for line in open('../items.jsonl',encoding='utf-8'):
    o=json.loads(line); assert list(o)==keys
# stats
S=[]
p=lambda *a:S.append(' '.join(str(x) for x in a))
p('total',len(items))
p('## categories'); [p('-',k,v) for k,v in collections.Counter(o['category'] for o in items).most_common()]
p('## risk type x level'); [p('-',k,v) for k,v in sorted(collections.Counter((o['risk']['type'],o['risk']['level']) for o in items if o['risk']).items())]
p('- otherPersonRisk true:',sum(o['otherPersonRisk'] for o in items))
rq=[r for o in items for r in o['requests']]
p('## request types'); [p('-',k,v) for k,v in collections.Counter(r['type'] for r in rq).most_common()]
p('- messages with >1 request:',sum(len(o['requests'])>1 for o in items))
p('## request fields'); [p('-',k,sum(k in r for r in rq)) for k in ['when','afterMs','atClock','condition','phrase']]
p('- when=later:',sum(r['when']=='later' for r in rq))
p('- nudges with afterMs/atClock/condition:',sum(r['type']=='nudge' and any(k in r for k in ('afterMs','atClock','condition')) for r in rq))
p('## body parts'); [p('-',k,v) for k,v in collections.Counter(b for o in items for b in o['body']).most_common()]
p('- messages with body labels:',sum(bool(o['body']) for o in items))
p('## voices'); [p('-',k,v) for k,v in collections.Counter(o['voice'] for o in items).most_common()]
L=sorted(len(o['text'].split()) for o in items)
p('## length (words)'); p('- median',statistics.median(L)); p('- p90',L[int(0.9*len(L))-1]); p('- share under 30 words: %.1f%%'%(100*sum(l<30 for l in L)/len(L))); p('- max',L[-1])
nq=[o for o in items if o['category']!='request']
p('- question marks outside requests: %d of %d (%.1f%%)'%(sum('?' in o['text'] for o in nq),len(nq),100*sum('?' in o['text'] for o in nq)/len(nq)))
p('- all-lowercase texts: %.1f%%'%(100*sum(o['text']==o['text'].lower() for o in items)/len(items)))
open('stats.md','w').write('\n'.join(S)+'\n')
print('\n'.join(S))
