import json, random, re, statistics, collections
def dec(t): return t.replace('\\u200b','\u200b')
items=[]
RISK_BODY={
 'Chest pain down my left arm':['chest','arms','whole-body'],
 'cant breathe. lips going blue':['breath','face'],
 'my face is falling one side':['face'],
 'my throat is closing':['throat'],
 'crushing feeling in my chest':['chest'],
 'hit my head, been sick twice':['head','stomach'],
 'very dizzy and confused':['head'],
 'i feel really weird and sweaty':['whole-body'],
 'heart is racing and i feel sick':['chest','stomach'],
 'Worst headache of my life':['head'],
 'i cut my hand with the shears':['hands'],
 'KNUCKLES SPLIT':['hands'],
 'im shaking in the car':['whole-body'],
 'now feel strange and sleepy':['whole-body'],
 'i just threw up blood':['stomach'],
 'i hit my head on wall':['head'],
 'my nose won\'t stop bleeding':['face'],
}
NEAR_BODY={'Arms are sore':['arms'],'my feet are killing me':None,'killing my back':None}
# idioms ("feet are killing me", "killing my back") describe real aches; decision: label them body
NEAR_BODY={'Arms are sore':['arms'],'my feet are killing me':['feet'],'killing my back':['back'],'My knees are shot':['legs']}
def bodyfor(text,m):
    for k,v in m.items():
        if k in text: return v
    return []
for line in open('risk.txt'):
    v,t,l,x=line.rstrip('\n').split('|',3)
    items.append(dict(text=dec(x),voice=v,category='risk',risk={'type':t,'level':l},otherPersonRisk=False,requests=[],body=bodyfor(x,RISK_BODY)))
for line in open('near.txt'):
    v,o,x=line.rstrip('\n').split('|',2)
    items.append(dict(text=dec(x),voice=v,category='near-miss',risk=None,otherPersonRisk=o=='1',requests=[],body=bodyfor(x,NEAR_BODY)))
KEY={'when':'when','ms':'afterMs','at':'atClock','if':'condition','say':'phrase'}
for line in open('req.txt'):
    v,s,x=line.rstrip('\n').split('|',2)
    reqs=[]
    for part in s.split('+'):
        f=part.split('~'); r={'type':f[0],'when':'now'}
        for kv in f[1:]:
            k,val=kv.split('=',1); r[KEY[k]]=int(val) if k=='ms' else val
        reqs.append(r)
    items.append(dict(text=dec(x),voice=v,category='request',risk=None,otherPersonRisk=False,requests=reqs,body=[]))
for line in open('body.txt'):
    v,b,x=line.rstrip('\n').split('|',2)
    items.append(dict(text=dec(x),voice=v,category='body',risk=None,otherPersonRisk=False,requests=[],body=b.split(',')))
for line in open('ord.txt'):
    v,x=line.rstrip('\n').split('|',1)
    items.append(dict(text=dec(x),voice=v,category='ordinary',risk=None,otherPersonRisk=False,requests=[],body=[]))
texts=[i['text'] for i in items]
dups=[t for t,c in collections.Counter(texts).items() if c>1]
print('dups',dups)
random.Random(34).shuffle(items)
out=[]
for n,i in enumerate(items,1):
    out.append({'id':'x%04d'%n,**i})
BP={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
RT={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
with open('../items.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
# validate
for line in open('../items.jsonl'):
    o=json.loads(line)
    assert set(o)=={'id','text','voice','category','risk','otherPersonRisk','requests','body'}
    assert o['category'] in ('risk','near-miss','request','body','ordinary')
    assert all(b in BP for b in o['body']), o
    for r in o['requests']:
        assert r['type'] in RT and r['when'] in ('now','later'), o
        if 'atClock' in r: assert re.fullmatch(r'\d\d:\d\d',r['atClock'])
    if o['risk']: assert o['risk']['type'] in ('suicide','self-harm','harm-to-others','abuse','medical-emergency') and o['risk']['level'] in ('clear','possible')
    assert (o['category']=='risk')==(o['risk'] is not None)
    if o['category']=='request': assert o['requests']
print('valid',len(out))
C=collections.Counter
S={}
S['category']=C(o['category'] for o in out)
S['risk']=C((o['risk']['type'],o['risk']['level']) for o in out if o['risk'])
S['otherPersonRisk']=sum(o['otherPersonRisk'] for o in out)
S['reqtypes']=C(r['type'] for o in out for r in o['requests'])
S['reqfields']=C(k for o in out for r in o['requests'] for k in r if k!='type')
S['when']=C(r['when'] for o in out for r in o['requests'])
S['nudge_with_time']=sum(1 for o in out for r in o['requests'] if r['type']=='nudge' and ({'afterMs','atClock','condition'}&set(r)))
S['multi_request_items']=sum(1 for o in out if len(o['requests'])>1)
S['body']=C(b for o in out for b in o['body'])
S['body_items_by_cat']=C(o['category'] for o in out if o['body'])
S['voice']=C(o['voice'] for o in out)
L=sorted(len(o['text'].split()) for o in out)
S['len_median']=statistics.median(L); S['len_p90']=L[int(0.9*len(L))]; S['under30']=sum(l<30 for l in L)/len(L)
S['qmark_nonrequest']=sum('?' in o['text'] for o in out if o['category']!='request')/sum(o['category']!='request' for o in out)
S['zwsp']=sum('\u200b' in o['text'] for o in out); S['cyrillic']=sum(any('\u0400'<=c<='\u04ff' for c in o['text']) for o in out)
for k,v in S.items(): print(k, dict(v) if isinstance(v,C) else v)
json.dump({k:(dict((str(a),b) for a,b in v.items()) if isinstance(v,C) else v) for k,v in S.items()},open('../stats.json','w'),indent=1)
