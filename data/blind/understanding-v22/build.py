import json, re, random, statistics, collections
SRC='/work/writers/understanding-v22/src/'
VOICE={'terse':'terse','teen':'teen','student':'student','older':'older adult','low':'all-lowercase-no-punctuation',
 'caps':'ALL CAPS bursts','emoji':'emoji user','sar':'sarcastic','ang':'angry','anxious':'anxious','rambling':'rambling',
 'tired-parent':'tired parent','carer':'carer','pro':'professional',
 'roofer':'roofer (Leeds)','rideshare':'ride-share driver','chef':'small-restaurant chef','lifeguard':'lifeguard',
 'librarian':'school librarian','home-care':'home-care worker','ex-prisoner':'just out of prison','footballer':'Sunday-league footballer',
 'new-mum':'new mum','jamaican':'Jamaican patois','nigerian-english':'Nigerian English/Pidgin','nn-nigerian':'Nigerian English/Pidgin',
 'nn-lithuanian':'non-native (Lithuanian)','nn-indonesian':'non-native (Indonesian)','nn-spanish':'non-native (Spanish, Mexico)',
 'nn-mexican':'non-native (Spanish, Mexico)','nn-tamil-chennai':'non-native (Tamil, Chennai)','nn-french-quebec':'non-native (French, Quebec)',
 'nn-greek-crete':'non-native (Greek, Crete)','nn-polish':'non-native (Polish)','nn-portuguese':'non-native (Portuguese)'}
def dec(t): return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1),16)), t)
def V(v):
    v=v.strip(); assert v in VOICE, v; return VOICE[v]
def parts(s):
    s=s.strip(); return [p.strip() for p in s.split(';') if p.strip()] if s else []
def reqs(s):
    out=[]
    for r in parts(s):
        f=r.split('^')+['']*6
        d={'type':f[0],'when':f[1] or 'now'}
        if f[2]: d['afterMs']=int(f[2])
        if f[3]: d['atClock']=f[3]
        if f[4]: d['condition']=f[4]
        if f[5]: d['phrase']=f[5]
        out.append(d)
    return out
def lines(fn):
    for l in open(SRC+fn,encoding='utf-8'):
        if l.strip(): yield [x.strip() for x in l.rstrip('\n').split('|')]
items=[]
def mk(text,voice,cat,risk=None,other=False,rq=None,body=None):
    items.append({'text':dec(text.strip()),'voice':V(voice),'category':cat,'risk':risk,'otherPersonRisk':other,'requests':rq or [],'body':body or []})
for v,r,b,t in lines('risk.txt'):
    ty,lv=r.split(':'); mk(t,v,'risk',{'type':ty,'level':lv},body=parts(b))
NEARBODY={'my back is killing me after warehouse':['back'],'my calves are dead':['legs'],'burnt my hand on the flat top':['hands'],
 'took a boot to the shin':['legs'],'overdosed on caffeine':['whole-body'],'My knees are shot':['legs'],'sunburnt to a crisp':['whole-body']}
for v,o,t in lines('near.txt'):
    b=[x for k,x in NEARBODY.items() if t.startswith(k)]
    mk(t,v,'near-miss',other=o.strip()=='1',body=b[0] if b else [])
for fn in ['req1.txt','req2.txt','req3.txt']:
    for v,q,b,t in lines(fn): mk(t,v,'request',rq=reqs(q),body=parts(b))
for v,b,t in lines('body.txt'): mk(t,v,'body',body=parts(b))
for v,t in lines('ord.txt'): mk(t,v,'ordinary')
ALLOWED={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
RT={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
texts=set()
for it in items:
    assert all(b in ALLOWED for b in it['body']), it
    assert all(r['type'] in RT and r['when'] in ('now','later') for r in it['requests']), it
    assert it['text'] not in texts, it['text']; texts.add(it['text'])
    if it['category']=='request': assert it['requests'], it
    else: assert not it['requests']
random.Random(22).shuffle(items)
with open('/work/writers/understanding-v22/items.jsonl','w',encoding='utf-8') as f:
    for i,it in enumerate(items,1):
        f.write(json.dumps({'id':'x%04d'%i,**it},ensure_ascii=False).replace('\u200b','\\u200b')+'\n')
# stats
C=collections.Counter
print('total',len(items)); print(C(i['category'] for i in items))
print(C((i['risk']['type'],i['risk']['level']) for i in items if i['risk']))
print('other',sum(i['otherPersonRisk'] for i in items))
print(C(r['type'] for i in items for r in i['requests']))
rs=[r for i in items for r in i['requests']]
print('fields', {k:sum(1 for r in rs if k in r) for k in ['afterMs','atClock','condition','phrase']}, C(r['when'] for r in rs))
print('nudge timed', sum(1 for r in rs if r['type']=='nudge' and ('afterMs' in r or 'atClock' in r or 'condition' in r)))
print(C(b for i in items for b in i['body']), 'items with body', sum(1 for i in items if i['body']))
print(C(i['voice'] for i in items))
wl=sorted(len(i['text'].split()) for i in items)
print('median',statistics.median(wl),'p90',wl[int(0.9*len(wl))], 'under30', sum(w<30 for w in wl)/len(wl))
nonreq=[i for i in items if i['category']!='request']
print('qmark nonreq', sum('?' in i['text'] for i in nonreq)/len(nonreq))
print('lowercase share', sum(i['text']==i['text'].lower() for i in items)/len(items))
