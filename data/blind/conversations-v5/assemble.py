import json, re, glob, statistics
out=[]
for f in sorted(glob.glob('src/b*.txt')):
    for block in open(f).read().split('### ')[1:]:
        lines=[l for l in block.strip().split('\n') if l.strip()]
        cid, topic, voice = [x.strip() for x in lines[0].split('|')]
        turns=[]; ref=None
        for l in lines[1:]:
            tag, txt = l.split(': ',1)
            if tag=='S': turns.append({"role":"supporter","text":txt})
            elif tag=='K': turns.append({"role":"seeker","text":txt})
            elif tag=='R': ref=txt
            else: raise ValueError(l)
        out.append({"id":cid,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
with open('excerpts.jsonl','w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False)+'\n')
# validate
ids=set(); wc=[]
for line in open('excerpts.jsonl'):
    o=json.loads(line)
    assert set(o)=={"id","topic","voice","turns","reference"}, o['id']
    assert o['id'] not in ids; ids.add(o['id'])
    assert 4<=len(o['turns'])<=8, (o['id'],len(o['turns']))
    assert o['turns'][-1]['role']=='seeker', o['id']
    assert all(set(t)=={"role","text"} and t['role'] in('seeker','supporter') and t['text'] for t in o['turns'])
    assert o['reference']
    for t in o['turns']:
        if t['role']=='seeker': wc.append(len(t['text'].split()))
    n=len(re.findall(r'[.!?](\s|$)',o['reference']))
    if n>3: print('long ref?',o['id'],n)
    for bad in ['i hear you','valid','reach out']:
        if bad in o['reference'].lower(): print('cliche',o['id'],bad)
print(len(ids),'excerpts; seeker turns',len(wc),'median words',statistics.median(wc),'mean',round(statistics.mean(wc),1))
print('tasks',sum(1 for l in open('excerpts.jsonl') if json.loads(l)['topic'].startswith('task')))
