import json, re, glob, statistics
items=[]
for f in sorted(glob.glob('src/part*.txt')):
    cur=None
    for line in open(f, encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('## '):
            cid, topic, voice = [x.strip() for x in line[3:].split('|',2)]
            cur={"id":cid,"topic":topic,"voice":voice,"turns":[],"reference":None}
            items.append(cur); continue
        tag, text = line.split(':',1); text=text.strip()
        if tag=='S': cur['turns'].append({"role":"supporter","text":text})
        elif tag=='K': cur['turns'].append({"role":"seeker","text":text})
        elif tag=='R': cur['reference']=text
        else: raise SystemExit('bad line '+line)
ids=[i['id'] for i in items]
assert len(ids)==len(set(ids)), 'dup ids'
for i in items:
    assert 4<=len(i['turns'])<=8, (i['id'],len(i['turns']))
    assert i['turns'][-1]['role']=='seeker', i['id']
    assert i['reference'], i['id']
    assert list(i.keys())==['id','topic','voice','turns','reference']
with open('excerpts.jsonl','w',encoding='utf-8') as o:
    for i in items: o.write(json.dumps(i,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl',encoding='utf-8'):
    d=json.loads(l); assert set(d)=={'id','topic','voice','turns','reference'}
sw=[len(t['text'].split()) for i in items for t in i['turns'] if t['role']=='seeker']
print(len(items),'items; seeker median words',statistics.median(sw),'turn counts',sorted({len(i['turns']) for i in items}))
print('task items',sum(i['topic'].startswith('putting off') for i in items))
