import json, statistics, sys
items=[]
for p in ['src/part1.txt','src/part2.txt']:
    for block in open(p).read().strip().split('\n\n'):
        lines=[l for l in block.strip().split('\n') if l.strip()]
        cid,topic,voice=[x.strip() for x in lines[0].split('|')]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(': ',1)
            if tag=='S': turns.append({"role":"supporter","text":txt.strip()})
            elif tag=='U': turns.append({"role":"seeker","text":txt.strip()})
            elif tag=='R': ref=txt.strip()
            else: sys.exit('bad tag '+l)
        items.append({"id":cid,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
ids=[i['id'] for i in items]
assert len(ids)==len(set(ids)), 'dup ids'
for i in items:
    assert 4<=len(i['turns'])<=8, (i['id'],len(i['turns']))
    assert i['turns'][-1]['role']=='seeker', i['id']
    assert i['reference'], i['id']
with open('excerpts.jsonl','w') as f:
    for i in items: f.write(json.dumps(i,ensure_ascii=False)+'\n')
for l in open('excerpts.jsonl'):
    d=json.loads(l); assert set(d)=={"id","topic","voice","turns","reference"}
w=[len(t['text'].split()) for i in items for t in i['turns'] if t['role']=='seeker']
print(len(items),'items; seeker turns',len(w),'median words',statistics.median(w))
print('ref sentences max', max(i['reference'].count('. ')+i['reference'].count('? ')+1 for i in items))
for i in items: print(i['id'],len(i['turns']))
