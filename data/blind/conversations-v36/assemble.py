import json,re
items=[]
for fn in ['part1.txt','part2.txt']:
    for block in open(fn).read().split('=== ')[1:]:
        lines=[l for l in block.strip().split('\n') if l.strip()]
        id_,topic,voice=[x.strip() for x in lines[0].split('|',2)]
        turns=[];ref=None
        for l in lines[1:]:
            tag,txt=l.split(': ',1)
            if tag=='S': turns.append({"role":"supporter","text":txt})
            elif tag=='U': turns.append({"role":"seeker","text":txt})
            elif tag=='R': ref=txt
            else: raise Exception(l)
        items.append({"id":id_,"topic":topic,"voice":voice,"turns":turns,"reference":ref})
ids=[i['id'] for i in items]
assert len(ids)==len(set(ids))
for i in items:
    assert 4<=len(i['turns'])<=8, i['id']
    assert i['turns'][-1]['role']=='seeker', i['id']
    assert i['reference'], i['id']
with open('excerpts.jsonl','w') as f:
    for i in items: f.write(json.dumps(i,ensure_ascii=False)+'\n')
# validate
import statistics
ws=[]
for l in open('excerpts.jsonl'):
    o=json.loads(l); assert list(o.keys())==["id","topic","voice","turns","reference"]
    ws+= [len(t['text'].split()) for t in o['turns'] if t['role']=='seeker']
    for t in o['turns']: assert set(t)=={"role","text"}
print(len(items),'items; seeker median words',statistics.median(ws))
bad=[i['id'] for i in items if re.search(r"i hear you|that's valid|that is valid",i['reference'],re.I)]
print('cliche',bad)
for i in items: print(i['id'],len(re.findall(r'[.!?](\s|$)',i['reference'])),len(i['turns']))
