import json,re,glob
items=[]
for f in sorted(glob.glob('raw*.txt')):
    for blk in open(f).read().split('### ')[1:]:
        lines=[l for l in blk.strip().split('\n') if l.strip()]
        id_,topic,voice=[x.strip() for x in lines[0].split('|')]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(': ',1)
            if tag=='S': turns.append({"role":"supporter","text":txt})
            elif tag=='K': turns.append({"role":"seeker","text":txt})
            elif tag=='R': ref=txt
            else: raise Exception(l)
        items.append({"id":id_,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
with open('excerpts.jsonl','w') as o:
    for it in items: o.write(json.dumps(it,ensure_ascii=False)+'\n')
# validate
ids=set();import statistics
wc=[]
for line in open('excerpts.jsonl'):
    d=json.loads(line)
    assert set(d)=={"id","topic","voice","turns","reference"},d['id']
    assert d['id'] not in ids; ids.add(d['id'])
    assert 4<=len(d['turns'])<=8,(d['id'],len(d['turns']))
    assert d['turns'][-1]['role']=='seeker',d['id']
    assert d['reference']
    for t in d['turns']:
        assert set(t)=={"role","text"}
        if t['role']=='seeker': wc.append(len(t['text'].split()))
    ns=len(re.findall(r'[.!?](\s|$)',d['reference']))
    if ns>3: print('long ref',d['id'],ns)
print(len(ids),'items; seeker median words',statistics.median(wc))
