import json, re, glob, statistics, sys
recs=[]
for fn in sorted(glob.glob('src/part*.txt')):
    for block in open(fn).read().split('@@ ')[1:]:
        lines=[l for l in block.strip().split('\n') if l.strip()]
        rid=lines[0].strip(); rec={"id":rid,"topic":None,"voice":None,"turns":[],"reference":None}
        for l in lines[1:]:
            k,_,v=l.partition(': ')
            if k=='topic': rec['topic']=v
            elif k=='voice': rec['voice']=v
            elif k=='S': rec['turns'].append({"role":"supporter","text":v})
            elif k=='K': rec['turns'].append({"role":"seeker","text":v})
            elif k=='R': rec['reference']=v
            else: sys.exit('bad line '+rid+' '+l)
        recs.append(rec)
with open('excerpts.jsonl','w') as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+'\n')
# validate
ids=set(); words=[]; errs=[]
for line in open('excerpts.jsonl'):
    r=json.loads(line)
    if list(r.keys())!=["id","topic","voice","turns","reference"]: errs.append((r['id'],'keys'))
    if r['id'] in ids: errs.append((r['id'],'dup'))
    ids.add(r['id'])
    t=r['turns']
    if not 4<=len(t)<=8: errs.append((r['id'],'nturns',len(t)))
    if t[-1]['role']!='seeker': errs.append((r['id'],'end'))
    if not all(set(x.keys())=={'role','text'} and x['text'] for x in t): errs.append((r['id'],'turnkeys'))
    if not (r['topic'] and r['voice'] and r['reference']): errs.append((r['id'],'empty'))
    ns=len(re.findall(r'[.?!](\s|$)',r['reference']))
    if ns>3 or ns<1: errs.append((r['id'],'refsent',ns))
    for bad in ['i hear you','valid','—']:
        if bad in r['reference'].lower(): errs.append((r['id'],'cliche',bad))
    words+= [len(x['text'].split()) for x in t if x['role']=='seeker']
print('n',len(ids),'errors',errs)
print('seeker turns',len(words),'median words',statistics.median(words),'mean',round(statistics.mean(words),1))
