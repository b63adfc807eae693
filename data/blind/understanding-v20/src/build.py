import json, random, statistics, collections, re
CAT={'r':'risk','n':'near-miss','q':'request','b':'body','o':'ordinary'}
RT={'su':'suicide','sh':'self-harm','ho':'harm-to-others','ab':'abuse','me':'medical-emergency'}
BODY={"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
RTYPES={"concrete","smaller","nudge","cue","pause","next","explain","stop"}
items=[]
for f in ['risk.txt','near.txt','req.txt','body.txt','ord.txt','extra.txt','extra2.txt']:
    for ln,line in enumerate(open(f,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip(): continue
        c,voice,risk,other,reqs,body,text=line.split('|',6)
        text=text.replace('\\u200b','\u200b')
        r=None
        if risk!='-':
            t,l=risk.split(':'); r={'type':RT[t],'level':{'c':'clear','p':'possible'}[l]}
        rq=[]
        if reqs:
            for part in reqs.split(' + '):
                bits=part.split(';'); t,w=bits[0].split(':')
                assert t in RTYPES,(f,ln)
                d={'type':t,'when':w}
                for b in bits[1:]:
                    k,v=b.split('=',1)
                    if k=='ms': d['afterMs']=int(v)
                    elif k=='at': assert re.fullmatch(r'\d\d:\d\d',v); d['atClock']=v
                    elif k=='if': d['condition']=v; assert v.lower() in text.lower(),(f,ln,v)
                    elif k=='say': d['phrase']=v; assert v.lower() in text.lower(),(f,ln,v)
                    else: raise ValueError((f,ln,k))
                rq.append(d)
        bl=[x for x in body.split(',') if x]
        for x in bl: assert x in BODY,(f,ln,x)
        items.append({'text':text,'voice':voice,'category':CAT[c],'risk':r,'otherPersonRisk':other=='1','requests':rq,'body':bl})
# sanity
for it in items:
    if it['category']=='request': assert it['requests'],it
    if it['category']=='risk': assert it['risk'],it
    if it['category']=='body': assert it['body'],it
    if it['otherPersonRisk']: assert it['risk'] is None
texts=[i['text'] for i in items]
dups=[t for t,n in collections.Counter(texts).items() if n>1]
assert not dups,dups
random.Random(20).shuffle(items)
with open('../items.jsonl','w',encoding='utf-8') as out:
    for i,it in enumerate(items,1):
        o={'id':'x%04d'%i}; o.update(it)
        out.write(json.dumps(o,ensure_ascii=False).replace('\u200b','\\u200b')+'\n')
# validate + stats
rows=[json.loads(l) for l in open('../items.jsonl',encoding='utf-8')]
keys={'id','text','voice','category','risk','otherPersonRisk','requests','body'}
for r in rows: assert set(r)==keys
S=[]
p=lambda *a: S.append(' '.join(str(x) for x in a))
p('total',len(rows))
p('categories',dict(collections.Counter(r['category'] for r in rows)))
p('risk type x level',dict(collections.Counter((r['risk']['type'],r['risk']['level']) for r in rows if r['risk'])))
p('otherPersonRisk true',sum(r['otherPersonRisk'] for r in rows))
reqs=[q for r in rows for q in r['requests']]
p('request objects',len(reqs),'items with >1 request',sum(len(r['requests'])>1 for r in rows))
p('request types',dict(collections.Counter(q['type'] for q in reqs)))
p('when',dict(collections.Counter(q['when'] for q in reqs)))
p('fields: afterMs',sum('afterMs' in q for q in reqs),'atClock',sum('atClock' in q for q in reqs),'condition',sum('condition' in q for q in reqs),'phrase',sum('phrase' in q for q in reqs))
p('nudges with afterMs/atClock/condition',sum(1 for q in reqs if q['type']=='nudge' and any(k in q for k in ('afterMs','atClock','condition'))))
p('body parts',dict(collections.Counter(b for r in rows for b in r['body'])))
p('voices',dict(collections.Counter(r['voice'] for r in rows).most_common()))
wl=sorted(len(r['text'].split()) for r in rows)
p('words median',statistics.median(wl),'p90',wl[int(0.9*len(wl))-1],'share<30',round(sum(w<30 for w in wl)/len(wl),3))
nonreq=[r for r in rows if r['category']!='request']
p('question-mark share outside requests',round(sum('?' in r['text'] for r in nonreq)/len(nonreq),3))
p('lowercase-only share',round(sum(r['text']==r['text'].lower() for r in rows)/len(rows),3))
open('stats.txt','w').write('\n'.join(S)+'\n'); print('\n'.join(S))
