import json,re,statistics
items=[]
for fn in ['part1.txt','part2.txt','part3.txt','part4.txt']:
    blocks=re.split(r'\n(?=# c\d+)',open(fn).read().strip())
    for b in blocks:
        lines=[l for l in b.strip().split('\n') if l.strip()]
        id_=lines[0][2:].strip()
        d={'id':id_,'topic':None,'voice':None,'turns':[],'reference':None}
        for l in lines[1:]:
            k,v=l.split(': ',1) if ': ' in l else (l,'')
            if k=='topic': d['topic']=v.strip()
            elif k=='voice': d['voice']=v.strip()
            elif k=='s': d['turns'].append({'role':'supporter','text':v.strip()})
            elif k=='k': d['turns'].append({'role':'seeker','text':v.strip()})
            elif k=='R': d['reference']=v.strip()
            else: raise Exception((id_,l))
        items.append(d)
ids=[i['id'] for i in items]
assert len(ids)==len(set(ids)),ids
for d in items:
    assert all(d[k] for k in ['topic','voice','reference']),d['id']
    n=len(d['turns']); assert 4<=n<=8,(d['id'],n)
    assert d['turns'][-1]['role']=='seeker',d['id']
with open('excerpts.jsonl','w') as f:
    for d in items: f.write(json.dumps(d,ensure_ascii=False)+'\n')
# validate
keys={'id','topic','voice','turns','reference'}
for l in open('excerpts.jsonl'):
    d=json.loads(l); assert set(d)==keys
    for t in d['turns']: assert set(t)=={'role','text'} and t['role'] in ('supporter','seeker')
w=[len(t['text'].split()) for d in items for t in d['turns'] if t['role']=='seeker']
print(len(items),'items; seeker turns',len(w),'median words',statistics.median(w))
print('turn counts',sorted(set(len(d['turns']) for d in items)))
print('ref sentences max', max(len(re.findall(r'[.?!](\s|$)',d['reference'])) for d in items))
for d in items:
    if len(re.findall(r'[.?!](\s|$)',d['reference']))>3: print(d['id'],d['reference'])
