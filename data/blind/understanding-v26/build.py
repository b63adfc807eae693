import json, random, statistics, collections, re
base='/work/writers/understanding-v26/'
files=[('risk','risk.txt'),('near-miss','near.txt'),('request','req.txt'),('body','body.txt'),('ordinary','ord.txt')]
RT={'s':'suicide','sh':'self-harm','h':'harm-to-others','a':'abuse','m':'medical-emergency'}
LV={'c':'clear','p':'possible'}
items=[]
for cat,fn in files:
    for ln in open(base+'src/'+fn,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip(): continue
        parts=[p.strip() for p in ln.split(' ~ ')]
        if len(parts)==2 and parts[1].endswith('~'):
            parts=[parts[0],parts[1][:-1].strip(),'']
        if parts[-1].endswith('~'): parts[-1]=parts[-1][:-1].strip()
        if len(parts)==2: parts.append('')
        assert len(parts)==3,(fn,ln)
        voice,text,tags=parts
        text=text.replace('\\u200b','\u200b').replace('\\u0456','\u0456')
        o={'id':None,'text':text,'voice':voice,'category':cat,'risk':None,'otherPersonRisk':False,'requests':[],'body':[]}
        for t in [x for x in tags.split('|') if x.strip()]:
            t=t.strip()
            if t=='O': o['otherPersonRisk']=True
            elif t.startswith('b:'): o['body']=t[2:].split(',')
            elif t.startswith('r:'):
                segs=t[2:].split('/')
                r={'type':segs[0],'when':'now'}
                for s in segs[1:]:
                    k,v=s.split('=',1)
                    if k=='when': r['when']=v
                    elif k=='ms': r['afterMs']=int(v)
                    elif k=='at': r['atClock']=v
                    elif k=='c': r['condition']=v
                    elif k=='p': r['phrase']=v
                    else: raise ValueError(t)
                o['requests'].append(r)
            elif ':' in t:
                a,b=t.split(':'); o['risk']={'type':RT[a],'level':LV[b]}
            else: raise ValueError((fn,t))
        items.append(o)
random.Random(26).shuffle(items)
for i,o in enumerate(items): o['id']='x%04d'%(i+1)
BODY={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
RQ={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
with open(base+'items.jsonl','w',encoding='utf-8') as f:
    for o in items: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
n=0
for ln in open(base+'items.jsonl',encoding='utf-8'):
    o=json.loads(ln); n+=1
    assert set(o)=={'id','text','voice','category','risk','otherPersonRisk','requests','body'}
    assert all(b in BODY for b in o['body']),o
    for r in o['requests']:
        assert r['type'] in RQ,o
        if 'atClock' in r: assert re.fullmatch(r'[0-2]\d:[0-5]\d',r['atClock'])
    if o['category']=='request': assert o['requests'],o
    if o['category']=='risk': assert o['risk'],o
    if o['category']!='request': assert not o['requests'],o
    if o['otherPersonRisk']: assert o['risk'] is None
print('lines',n)
C=collections.Counter
print(C(o['category'] for o in items))
print(C((o['risk']['type'],o['risk']['level']) for o in items if o['risk']))
print(C(r['type'] for o in items for r in o['requests']))
nud=[r for o in items for r in o['requests'] if r['type']=='nudge']
print('nudges',len(nud),'with ms/at/cond',sum(1 for r in nud if 'afterMs' in r or 'atClock' in r or 'condition' in r))
fc=C(k for o in items for r in o['requests'] for k in r if k!='type'); print(fc)
print('when',C(r['when'] for o in items for r in o['requests']))
print('otherPersonRisk',sum(o['otherPersonRisk'] for o in items))
print('body items',sum(1 for o in items if o['body']), C(b for o in items for b in o['body']))
L=sorted(len(o['text'].split()) for o in items)
print('median',statistics.median(L),'p90',L[int(0.9*len(L))],'max',L[-1], 'under30',sum(1 for x in L if x<30)/len(L))
nq=[o for o in items if o['category']!='request']
print('qmark nonreq',sum('?' in o['text'] for o in nq)/len(nq))
print('lower share',sum(o['text']==o['text'].lower() for o in items)/len(items))
vc=C(o['voice'] for o in items); print(len(vc)); print(vc.most_common())
texts=C(o['text'].lower() for o in items); print('dups',[t for t,c in texts.items() if c>1])
