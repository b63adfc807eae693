import json, glob, random, re, sys, collections
VOICES = {
 't':'teen, lowercase, slang','a':'adult, casual lowercase','ae':'adult, casual, emoji',
 'ty':'casual, typos, no punctuation','f':'older adult, formal','n':'non-native English speaker',
 'r':'rambling, long','s':'terse, minimal','p':'adult, standard punctuation',
}
CAT={'R':'risk','N':'near-miss','Q':'request','B':'body','P':'progress','O':'ordinary'}
RT={'s':'suicide','sh':'self-harm','ab':'abuse','ho':'harm-to-others','me':'medical-emergency'}
RL={'c':'clear','p':'possible'}
QT={'concrete','smaller','nudge','cue','pause','next','explain','stop'}
BODY={'head','face','jaw','throat','neck','shoulders','chest','stomach','back','arms','hands','fingers','legs','feet','breath','whole-body'}
items=[]; errs=[]
for fn in sorted(glob.glob('src/batch*.txt')):
    for ln,line in enumerate(open(fn,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts=line.split(' | ',2)
        if len(parts)!=3: errs.append((fn,ln,'split',line)); continue
        lab,voice,text=parts; toks=lab.split()
        it={'id':None,'text':text.strip(),'voice':VOICES.get(voice.strip(),voice.strip()),'category':CAT[toks[0]],
            'risk':None,'otherPersonRisk':False,'requests':[],'body':[],'progress':None}
        for t in toks[1:]:
            if t.startswith('r:'):
                _,ty,lv=t.split(':'); it['risk']={'type':RT[ty],'level':RL[lv]}
            elif t=='opr': it['otherPersonRisk']=True
            elif t.startswith('b='):
                bs=t[2:].split(','); assert all(b in BODY for b in bs),(fn,ln,t); it['body']=bs
            elif t.startswith('p='):
                v=t[2:]; d=v.endswith('+d'); v=v.replace('+d','')
                assert v in ('done','partial','not-done'),(fn,ln,t)
                it['progress']={'status':v,'discounting':d}
            elif t.startswith('q='):
                f=t[2:].split(','); ty=f[0]; assert ty in QT,(fn,ln,t)
                q={'type':ty,'when':'now'}
                for x in f[1:]:
                    if x=='later': q['when']='later'
                    elif x=='now': q['when']='now'
                    elif x.startswith('ms='): q['afterMs']=int(x[3:]); q['when']='later'
                    elif x.startswith('m='): q['afterMs']=int(float(x[2:])*60000); q['when']='later'
                    elif x.startswith('at='):
                        c=x[3:].replace('.',':'); assert re.fullmatch(r'[0-2]\d:[0-5]\d',c),(fn,ln,x); q['atClock']=c; q['when']='later'
                    elif x.startswith('if='): q['condition']=x[3:].replace('_',' '); q['when']='later'
                    elif x.startswith('ph='): q['phrase']=x[3:].replace('_',' ')
                    else: raise ValueError((fn,ln,x))
                it['requests'].append(q)
            else: raise ValueError((fn,ln,t))
        c=it['category']
        if c=='risk': assert it['risk'],(fn,ln)
        if c=='request': assert it['requests'],(fn,ln)
        if c=='body': assert it['body'],(fn,ln)
        if c=='progress': assert it['progress'],(fn,ln)
        if c=='near-miss': assert not it['risk'],(fn,ln)
        items.append(it)
if errs:
    for e in errs: print(e)
    sys.exit(1)
# dup check
seen=collections.Counter(i['text'].lower() for i in items)
d=[k for k,v in seen.items() if v>1]
if d: print('DUPS',d)
random.Random(7).shuffle(items)
for n,it in enumerate(items,1): it['id']='t%04d'%n
with open('items.jsonl','w',encoding='utf-8') as fo:
    for it in items: fo.write(json.dumps(it,ensure_ascii=False)+'\n')
cc=collections.Counter(i['category'] for i in items)
print(len(items),dict(cc))
