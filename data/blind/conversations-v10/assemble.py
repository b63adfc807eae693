import json,re,glob,statistics
items=[]
for f in sorted(glob.glob('raw_*.txt')):
    cur=None
    for line in open(f,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('=== '):
            if cur: items.append(cur)
            i,t,v=[x.strip() for x in line[4:].split('|')]
            cur={"id":i,"topic":t,"voice":v,"turns":[],"reference":None}
        elif line.startswith('S: '): cur["turns"].append({"role":"supporter","text":line[3:]})
        elif line.startswith('K: '): cur["turns"].append({"role":"seeker","text":line[3:]})
        elif line.startswith('R: '): cur["reference"]=line[3:]
        else: raise SystemExit('bad line '+line)
    if cur: items.append(cur)
ids=[x['id'] for x in items]
assert len(ids)==len(set(ids)), 'dup'
words=[]
for x in items:
    assert 4<=len(x['turns'])<=8, (x['id'],len(x['turns']))
    assert x['turns'][-1]['role']=='seeker', x['id']
    assert x['reference'], x['id']
    words+= [len(t['text'].split()) for t in x['turns'] if t['role']=='seeker']
with open('excerpts.jsonl','w',encoding='utf-8') as o:
    for x in items: o.write(json.dumps(x,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl',encoding='utf-8'):
    d=json.loads(l); assert set(d)=={"id","topic","voice","turns","reference"}
print(len(items),'items; median seeker words',statistics.median(words))
for x in items: print(x['id'], len(x['turns']), x['reference'].split()[0:3])
