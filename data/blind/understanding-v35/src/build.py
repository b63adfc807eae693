import json, random, re, statistics, collections
files = {'risk':'risk.txt','near-miss':'near.txt','request':'req.txt','body':'body.txt','ordinary':'ord.txt'}
RT = {'s':'suicide','h':'self-harm','o':'harm-to-others','a':'abuse','m':'medical-emergency'}
LV = {'c':'clear','p':'possible'}
# extra body labels for items in other categories (felt sensation now)
EXTRA_BODY = {
 'my hands are jittery lol':['hands'], 'hands are raw':['hands'], 'my legs are dead after 140km':['legs'],
 'my abs are dying':['stomach'], 'all fine now, just shaky':['whole-body'], 'my ears are killing me':['head'],
 'chest pain. left arm numb':['chest','arms'], 'crushing pain in my chest':['chest','whole-body'],
 'my throat is swelling':['throat'], 'stomach is very pain':['stomach'], 'cant feel my face':['chest','face'],
 'face is drooping':['face'], 'worst of my life, and ringing':['head'], 'been sick twice':['head','stomach'],
 'almost fainting':['whole-body'], 'ankles are very swollen':['feet','breath'], "i'm shaking bad":['whole-body'],
 'cant open it and its pouring':['face'], 'throwing up blood':['stomach'], 'i keep going dizzy':['head'],
 'knuckles split':['hands'], 'the blister is huge':['hands'], 'SMASHED MY HAND':['hands'],
 'biting the inside of my cheek raw':['face'], 'fluttering in my chest':['chest','head'],
}
items=[]
for cat,fn in files.items():
    for ln,line in enumerate(open(fn,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        parts=line.split(' | ')
        assert len(parts)==3,(fn,ln,line)
        voice,labels,text=[p.strip() for p in parts]
        text=re.sub(r'\\u([0-9a-fA-F]{4})',lambda m:chr(int(m.group(1),16)),text)
        assert text,(fn,ln)
        it={'text':text,'voice':voice,'category':cat,'risk':None,'otherPersonRisk':False,'requests':[],'body':[]}
        for tok in [t for t in labels.split('~') if t]:
            if tok.startswith('R='):
                t,l=tok[2:].split('.'); it['risk']={'type':RT[t],'level':LV[l]}
            elif tok=='O': it['otherPersonRisk']=True
            elif tok.startswith('B='): it['body']=tok[2:].split(',')
            elif tok.startswith('Q='):
                for rq in tok[2:].split('&'):
                    fs=rq.split(';'); r={'type':fs[0]}
                    r['when']='later' if fs[0]=='nudge' else 'now'
                    for f in fs[1:]:
                        k,v=f.split('=',1)
                        if k=='ms': r['afterMs']=int(v)
                        elif k=='at': r['atClock']=v
                        elif k=='cond': r['condition']=v
                        elif k=='phrase': r['phrase']=v
                        elif k=='when': r['when']=v
                        else: raise ValueError(f)
                    it['requests'].append(r)
            else: raise ValueError((fn,ln,tok))
        for k,v in EXTRA_BODY.items():
            if k in text and v: it['body']=sorted(set(it['body'])|set(v))
        items.append(it)
# checks
BODY={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
RQT={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
texts=collections.Counter(i['text'] for i in items)
dups=[t for t,c in texts.items() if c>1]; assert not dups,dups
for i in items:
    assert set(i['body'])<=BODY,i
    for r in i['requests']:
        assert r['type'] in RQT,i
        if 'atClock' in r: assert re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d',r['atClock']),i
        if 'phrase' in r: assert r['phrase'].lower() in i['text'].lower(),i
        if 'condition' in r and r['condition']!='tomorrow morning': assert r['condition'].lower() in i['text'].lower(),i
    if i['category']=='risk': assert i['risk']
    else: assert i['risk'] is None
    if i['category']=='request': assert i['requests']
    else: assert not i['requests'],i
    if i['category']=='body': assert i['body']
random.Random(35).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append({'id':'x%04d'%n,**i})
with open('../items.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False).replace('\u200b','\\u200b')+'\n')
# stats
S=[]
S.append('total %d'%len(out))
S.append('categories %s'%dict(collections.Counter(o['category'] for o in out)))
S.append('risk type x level %s'%dict(collections.Counter((o['risk']['type'],o['risk']['level']) for o in out if o['risk'])))
S.append('otherPersonRisk true %d'%sum(o['otherPersonRisk'] for o in out))
S.append('request types %s'%dict(collections.Counter(r['type'] for o in out for r in o['requests'])))
S.append('request items with >1 request %d'%sum(len(o['requests'])>1 for o in out))
fc=collections.Counter(k for o in out for r in o['requests'] for k in r if k!='type')
S.append('request field counts %s'%dict(fc))
S.append('when %s'%dict(collections.Counter(r['when'] for o in out for r in o['requests'])))
S.append('nudges with afterMs/atClock/condition %d'%sum(1 for o in out for r in o['requests'] if r['type']=='nudge' and ({'afterMs','atClock','condition'}&set(r))))
S.append('body labels %s'%dict(collections.Counter(b for o in out for b in o['body'])))
S.append('items with body labels %d (outside body category %d)'%(sum(bool(o['body']) for o in out),sum(bool(o['body']) and o['category']!='body' for o in out)))
S.append('voices %s'%dict(collections.Counter(o['voice'] for o in out).most_common()))
L=sorted(len(o['text'].split()) for o in out)
S.append('words median %s, p90 %s, max %s, share under 30 words %.2f'%(statistics.median(L),L[int(0.9*len(L))-1],L[-1],sum(l<30 for l in L)/len(L)))
nq=[o for o in out if o['category']!='request']
S.append('question mark share outside requests %.3f'%(sum('?' in o['text'] for o in nq)/len(nq)))
S.append('lowercase-start share %.2f'%(sum(o['text'][0].islower() for o in out)/len(out)))
S.append('non-ascii-hidden items %d'%sum(1 for o in out if any(c in o['text'] for c in '\u200b\u0456')))
print('\n'.join(S))
open('stats.txt','w').write('\n'.join(S)+'\n')
