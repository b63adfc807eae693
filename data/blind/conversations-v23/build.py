import json,re,statistics
g={}
exec(open('part1.py').read(),g)
for f in ['part2.py','part3.py','part4.py','part5.py']: exec(open(f).read(),g)
A=g['A']
out=[]
for e in A:
    turns=[]
    for t in e['turns']:
        r,txt=t.split(':',1)
        turns.append({"role":{"S":"supporter","U":"seeker"}[r],"text":txt})
    out.append({"id":e['id'],"topic":e['topic'],"voice":e['voice'],"turns":turns,"reference":e['reference']})
with open('excerpts.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
# validate
ids=set(); wc=[]
for line in open('excerpts.jsonl'):
    o=json.loads(line)
    assert set(o)=={"id","topic","voice","turns","reference"}
    assert o['id'] not in ids; ids.add(o['id'])
    assert 4<=len(o['turns'])<=8, (o['id'],len(o['turns']))
    assert o['turns'][-1]['role']=='seeker', o['id']
    for t in o['turns']:
        assert set(t)=={"role","text"} and t['text'].strip()
        if t['role']=='seeker': wc.append(len(t['text'].split()))
    ns=len(re.findall(r'[.?!](\s|$)',o['reference']))
    if ns>3: print('long ref',o['id'],ns)
print(len(ids),'excerpts; seeker turns',len(wc),'median words',statistics.median(wc),'mean',round(statistics.mean(wc),1))
print('tasks',sum(1 for o in out if o['topic'].startswith('task')))
